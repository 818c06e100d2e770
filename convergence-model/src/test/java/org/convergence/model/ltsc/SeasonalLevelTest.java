package org.convergence.model.ltsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.convergence.model.data.DailySeries;
import org.junit.jupiter.api.Test;

/** The long-term level of a window: the filter's trend of its daily means, persistence outside it. */
class SeasonalLevelTest {
  static final LocalDate START = LocalDate.of(2015, 1, 1);

  /** Day d, hour h: 10 + d + h (daily mean 21.5 + d), or 10^6 on the spike days; one exogenous series 100 + h. */
  static DailySeries series(int days, int... spikeDays) {
    double[][] p = new double[days][24];
    double[][][] x = new double[1][days][24];
    for (int d = 0; d < days; d++) {
      for (int h = 0; h < 24; h++) {
        int day = d;
        p[d][h] = Arrays.stream(spikeDays).anyMatch(k -> k == day) ? 1e6 : 10 + d + h;
        x[0][d][h] = 100 + h;
      }
    }
    return new DailySeries("t", START, p, List.of("load"), x);
  }

  @Test
  void theLevelIsTheTrendOfTheWindowsDailyMeansOnly() {
    DailySeries s = series(30);
    HodrickPrescott hp = new HodrickPrescott(1e4);
    SeasonalLevel level = SeasonalLevel.of(s, 5, 19, hp);
    double[] means = new double[15];
    for (int i = 0; i < 15; i++) {
      means[i] = 21.5 + 5 + i;
    }
    assertThat(level.levelByDay()).containsExactly(hp.trend(means), within(1e-12));
    assertThat(level.firstDay()).isEqualTo(START.plusDays(5));
    assertThat(level.lastDay()).isEqualTo(START.plusDays(19));
    // persistence after the window, the first value before it
    assertThat(level.at(START.plusDays(25))).isEqualTo(level.last());
    assertThat(level.at(START)).isEqualTo(level.levelByDay()[0]);
    // a price outside the window does not move it
    DailySeries spiked = series(30, 4, 20);
    assertThat(SeasonalLevel.of(spiked, 5, 19, hp).levelByDay()).containsExactly(level.levelByDay());
  }

  @Test
  void aDayWithoutPricesTakesThePreviousDaysMeanAndOneWithSomeTheMeanOfThem() {
    double[][] p = new double[4][24];
    Arrays.fill(p[0], Double.NaN);
    Arrays.fill(p[1], 8);
    p[1][0] = Double.NaN;
    Arrays.fill(p[2], Double.NaN);
    Arrays.fill(p[3], 2);
    DailySeries s = new DailySeries("g", START, p, List.of(), new double[0][][]);
    assertThat(SeasonalLevel.of(s, 0, 3, new HodrickPrescott(0)).levelByDay()).containsExactly(8, 8, 8, 2);
    double[][] none = new double[2][24];
    Arrays.fill(none[0], Double.NaN);
    Arrays.fill(none[1], Double.NaN);
    assertThatThrownBy(() -> SeasonalLevel.of(new DailySeries("g", START, none, List.of(), new double[0][][]), 0, 1,
        new HodrickPrescott(1))).hasMessageContaining("no price in 2015-01-01..2015-01-02");
  }

  @Test
  void subtractingRemovesEachDaysLevelFromItsPricesOnly() {
    DailySeries s = series(10);
    SeasonalLevel level = new SeasonalLevel(START.plusDays(2), new double[] {1, 2, 3});
    DailySeries q = level.subtractFrom(s);
    for (int d = 0; d < 10; d++) {
      double l = d <= 2 ? 1 : d == 3 ? 2 : 3;
      for (int h = 0; h < 24; h++) {
        assertThat(q.price(d, h)).isEqualTo(s.price(d, h) - l);
        assertThat(q.exogenous(0, d, h)).isEqualTo(s.exogenous(0, d, h));
      }
    }
    assertThat(q.firstDay()).isEqualTo(s.firstDay());
    assertThat(q.exogenousNames()).isEqualTo(s.exogenousNames());
  }
}
