package org.convergence.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.convergence.model.MarketProfile;
import org.junit.jupiter.api.Test;

class DailySeriesKnownUpToTest {
  static final LocalDate FIRST = LocalDate.of(2022, 1, 1);

  static DailySeries series(int days) {
    double[][] p = new double[days][24];
    for (int d = 0; d < days; d++) {
      for (int h = 0; h < 24; h++) {
        p[d][h] = 100 * d + h;
      }
    }
    return new DailySeries("t", FIRST, p, List.of(), new double[0][][]);
  }

  @Test
  void thePartlyKnownDayKeepsOnlyItsFirstHours() {
    DailySeries s = series(6);
    LocalDate target = FIRST.plusDays(5);
    DailySeries k = s.knownUpTo(target.minusDays(2), target, 9);
    assertThat(k.price(3, 23)).isEqualTo(323);
    for (int h = 0; h < 24; h++) {
      assertThat(Double.isNaN(k.price(4, h))).isEqualTo(h >= 9);
      assertThat(Double.isNaN(k.price(5, h))).isTrue();
    }
    assertThat(k.price(4, 8)).isEqualTo(408);
    assertThat(s.knownUpTo(target.minusDays(2), target).missingPrices()).isEqualTo(48);
    assertThatThrownBy(() -> s.knownUpTo(target.minusDays(1), target, 9)).hasMessageContaining("not before");
  }

  @Test
  void theHoursOfDayMinusOneKnownFollowPublishedPricesAtTheRunsTime() {
    assertThat(MarketProfile.deliveredHoursOfPreviousDay(LocalTime.of(8, 30))).isEqualTo(9);
    assertThat(MarketProfile.deliveredHoursOfPreviousDay(LocalTime.of(9, 0))).isEqualTo(10);
    assertThat(MarketProfile.deliveredHoursOfPreviousDay(LocalTime.of(0, 0))).isEqualTo(1);
    assertThatThrownBy(() -> MarketProfile.deliveredHoursOfPreviousDay(LocalTime.of(9, 1)))
        .hasMessageContaining("after the 09:00Z gate");
  }
}
