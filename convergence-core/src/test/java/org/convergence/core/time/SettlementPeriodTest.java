package org.convergence.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SettlementPeriodTest {
  @Test
  void ordinaryDaysHaveFortyEight() {
    assertThat(SettlementPeriod.periodsIn(LocalDate.of(2022, 3, 15))).isEqualTo(48);
    assertThat(SettlementPeriod.periodsIn(LocalDate.of(2024, 2, 29))).isEqualTo(48);
  }

  @Test
  void springClockChangeHasFortySixAndAutumnFifty() {
    assertThat(SettlementPeriod.periodsIn(LocalDate.of(2022, 3, 27))).isEqualTo(46);
    assertThat(SettlementPeriod.periodsIn(LocalDate.of(2022, 10, 30))).isEqualTo(50);
    assertThat(SettlementPeriod.periodsIn(LocalDate.of(2021, 3, 28))).isEqualTo(46);
    assertThat(SettlementPeriod.periodsIn(LocalDate.of(2021, 10, 31))).isEqualTo(50);
  }

  @Test
  void periodOneStartsAtLocalMidnight() {
    // winter: local = UTC
    assertThat(new SettlementPeriod(LocalDate.of(2022, 1, 10), 1).start()).isEqualTo(Instant.parse("2022-01-10T00:00:00Z"));
    // summer: SP 1 starts at 23:00 UTC the day before
    assertThat(new SettlementPeriod(LocalDate.of(2022, 7, 1), 1).start()).isEqualTo(Instant.parse("2022-06-30T23:00:00Z"));
  }

  @Test
  void clockChangeDaysMapEveryPeriodToConsecutiveUtcHalfHours() {
    LocalDate spring = LocalDate.of(2022, 3, 27);
    assertThat(new SettlementPeriod(spring, 1).start()).isEqualTo(Instant.parse("2022-03-27T00:00:00Z"));
    assertThat(new SettlementPeriod(spring, 3).start()).isEqualTo(Instant.parse("2022-03-27T01:00:00Z"));
    assertThat(new SettlementPeriod(spring, 46).interval().end()).isEqualTo(Instant.parse("2022-03-27T23:00:00Z"));

    LocalDate autumn = LocalDate.of(2022, 10, 30);
    assertThat(new SettlementPeriod(autumn, 1).start()).isEqualTo(Instant.parse("2022-10-29T23:00:00Z"));
    assertThat(new SettlementPeriod(autumn, 50).interval().end()).isEqualTo(Instant.parse("2022-10-31T00:00:00Z"));
    for (int p = 2; p <= 50; p++) {
      assertThat(new SettlementPeriod(autumn, p).start()).isEqualTo(new SettlementPeriod(autumn, p - 1).interval().end());
    }
  }

  @Test
  void containingIsTheInverseOfStart() {
    for (LocalDate date : new LocalDate[] {LocalDate.of(2022, 3, 27), LocalDate.of(2022, 10, 30), LocalDate.of(2022, 6, 1)}) {
      for (int p = 1; p <= SettlementPeriod.periodsIn(date); p++) {
        SettlementPeriod sp = new SettlementPeriod(date, p);
        assertThat(SettlementPeriod.containing(sp.start().plusSeconds(60))).isEqualTo(sp);
      }
    }
  }

  @Test
  void periodsBeyondTheDayAreRejected() {
    assertThatThrownBy(() -> new SettlementPeriod(LocalDate.of(2022, 3, 27), 47))
        .hasMessage("settlement period of 2022-03-27 must be between 1 and 46, was 47");
    assertThatThrownBy(() -> new SettlementPeriod(LocalDate.of(2022, 3, 15), 0))
        .hasMessageContaining("between 1 and 48");
  }
}
