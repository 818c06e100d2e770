package org.convergence.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarketDayTest {
  private final MarketDay d = MarketDay.of(2022, 3, 15);

  @Test
  void deliveryRunsFromTwentyThreeHundredTheDayBefore() {
    assertThat(d.deliveryStart()).isEqualTo(Instant.parse("2022-03-14T23:00:00Z"));
    assertThat(d.deliveryEnd()).isEqualTo(Instant.parse("2022-03-15T23:00:00Z"));
    assertThat(d.delivery().length()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void hourOneIsTwentyThreeToMidnightOfTheDayBefore() {
    assertThat(d.hour(HourId.of(1)))
        .isEqualTo(new Interval(Instant.parse("2022-03-14T23:00:00Z"), Instant.parse("2022-03-15T00:00:00Z")));
    assertThat(d.hour(HourId.of(24)))
        .isEqualTo(new Interval(Instant.parse("2022-03-15T22:00:00Z"), Instant.parse("2022-03-15T23:00:00Z")));
  }

  @Test
  void gridsCoverTheDayWithoutGaps() {
    assertThat(d.hours()).hasSize(24);
    assertThat(d.halfHours()).hasSize(48);
    for (int i = 1; i < 48; i++) {
      assertThat(d.halfHours().get(i).start()).isEqualTo(d.halfHours().get(i - 1).end());
    }
    assertThat(d.halfHours().get(0).start()).isEqualTo(d.deliveryStart());
    assertThat(d.halfHours().get(47).end()).isEqualTo(d.deliveryEnd());
  }

  @Test
  void gateClosesAtNineUtcTheDayBeforeAndIsExclusive() {
    assertThat(d.gateClosure()).isEqualTo(Instant.parse("2022-03-14T09:00:00Z"));
    assertThat(d.isOpenAt(Instant.parse("2022-03-14T08:59:59.999Z"))).isTrue();
    assertThat(d.isOpenAt(Instant.parse("2022-03-14T09:00:00Z"))).isFalse();
    assertThat(d.isOpenAt(Instant.parse("2022-03-14T09:00:00.001Z"))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "2022-03-14T08:59:59.999Z, 2022-03-15",
    "2022-03-14T09:00:00Z, 2022-03-16",
    "2022-03-14T00:00:00Z, 2022-03-15",
    "2022-03-14T23:30:00Z, 2022-03-16",
    // year end: on 30 Dec before the gate the next day is 31 Dec; after it, 1 Jan
    "2021-12-30T08:00:00Z, 2021-12-31",
    "2021-12-30T10:00:00Z, 2022-01-01",
    "2021-12-31T10:00:00Z, 2022-01-02",
    // leap year
    "2024-02-28T08:00:00Z, 2024-02-29",
    "2024-02-28T09:00:00Z, 2024-03-01",
    "2023-02-27T09:30:00Z, 2023-03-01"
  })
  void nextBiddableDay(String now, String expected) {
    assertThat(MarketDay.nextBiddable(Instant.parse(now))).isEqualTo(MarketDay.parse(expected));
  }

  @Test
  void leapDayAndYearEndHaveTheirOwnDeliveryWindows() {
    MarketDay leap = MarketDay.of(2024, 2, 29);
    assertThat(leap.deliveryStart()).isEqualTo(Instant.parse("2024-02-28T23:00:00Z"));
    assertThat(leap.gateClosure()).isEqualTo(Instant.parse("2024-02-28T09:00:00Z"));
    MarketDay newYear = MarketDay.of(2022, 1, 1);
    assertThat(newYear.deliveryStart()).isEqualTo(Instant.parse("2021-12-31T23:00:00Z"));
    assertThat(newYear.gateClosure()).isEqualTo(Instant.parse("2021-12-31T09:00:00Z"));
    assertThat(newYear.previous()).isEqualTo(MarketDay.of(2021, 12, 31));
  }

  @Test
  void deliveringMapsInstantsToDayAndHour() {
    Instant t = Instant.parse("2021-12-31T23:15:00Z");
    assertThat(MarketDay.delivering(t)).isEqualTo(MarketDay.of(2022, 1, 1));
    assertThat(MarketDay.of(2022, 1, 1).hourAt(t)).isEqualTo(HourId.of(1));
    assertThat(MarketDay.of(2022, 1, 1).hourAt(Instant.parse("2022-01-01T22:59:59Z"))).isEqualTo(HourId.of(24));
    assertThatThrownBy(() -> MarketDay.of(2022, 1, 1).hourAt(Instant.parse("2022-01-01T23:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside market day 2022-01-01");
  }

  @Test
  void marketDayKeepsUtcAcrossClockChanges() {
    // the market runs on UTC: 24 hours even on the GB clock-change days
    assertThat(MarketDay.of(2022, 3, 27).hours()).hasSize(24);
    assertThat(MarketDay.of(2022, 10, 30).hours()).hasSize(24);
    assertThat(MarketDay.of(LocalDate.of(2022, 3, 27)).deliveryStart())
        .isEqualTo(Instant.parse("2022-03-26T23:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 25, -1, 100})
  void hourIdOutsideOneToTwentyFourIsRejected(int value) {
    assertThatThrownBy(() -> HourId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hour_ID must be between 1 and 24, was " + value);
  }
}
