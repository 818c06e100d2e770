package org.convergence.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import org.convergence.model.DayForecast;
import org.junit.jupiter.api.Test;

class ConformalBandTest {
  static DayForecast band(double lo, double mid, double hi) {
    double[][] q = new double[3][24];
    Arrays.fill(q[0], lo);
    Arrays.fill(q[1], mid);
    Arrays.fill(q[2], hi);
    double[] point = new double[24];
    Arrays.fill(point, mid);
    return new DayForecast(LocalDate.of(2022, 1, 1), point, new double[] {0.1, 0.5, 0.9}, q);
  }

  @Test
  void aTooNarrowBandIsWidenedToTheNominalCoverage() {
    ConformalBand c = new ConformalBand(10, 0.1, 0.9);
    DayForecast raw = band(-1, 0, 1);
    for (int d = 0; d < 10; d++) {
      double[] actual = new double[24];
      for (int h = 0; h < 24; h++) {
        actual[h] = ((d * 24 + h) % 10) - 4.5; // -4.5..4.5 uniformly: the raw band covers 20 %
      }
      c.add(actual, raw);
    }
    double w = c.widening();
    // scores |y| - 1 take -0.5, 0.5, 1.5, 2.5, 3.5 (48 each): the interpolated 80th percentile is 2.7, so the
    // widened band [-3.7, 3.7] holds exactly the 80 % of outcomes with |y| <= 3.5
    assertThat(w).isCloseTo(2.7, within(1e-9));
    DayForecast wide = ConformalBand.widen(raw, 0.1, 0.9, w);
    assertThat(wide.quantile(0.1, 0)).isCloseTo(-1 - w, within(1e-12));
    assertThat(wide.quantile(0.9, 0)).isCloseTo(1 + w, within(1e-12));
    assertThat(wide.quantile(0.5, 0)).isZero();
  }

  @Test
  void narrowingNeverCrossesTheMedian() {
    DayForecast narrow = ConformalBand.widen(band(-1, 0, 1), 0.1, 0.9, -3);
    assertThat(narrow.quantile(0.1, 3)).isLessThanOrEqualTo(narrow.quantile(0.5, 3));
    assertThat(narrow.quantile(0.5, 3)).isLessThanOrEqualTo(narrow.quantile(0.9, 3));
  }
}
