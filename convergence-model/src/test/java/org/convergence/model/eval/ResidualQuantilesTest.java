package org.convergence.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.convergence.model.DayForecast;
import org.junit.jupiter.api.Test;

class ResidualQuantilesTest {
  @Test
  void offsetsAreEmpiricalQuantilesOfTheLastDaysErrorsPerHour() {
    ResidualQuantiles r = new ResidualQuantiles(11, new double[] {0.1, 0.5, 0.9});
    double[] zero = new double[24];
    for (int e = -10; e <= 20; e++) { // only the last 11 (errors 10..20) are kept
      double[] actual = new double[24];
      java.util.Arrays.fill(actual, e);
      r.add(actual, zero);
    }
    double[][] off = r.offsets();
    assertThat(off[0][5]).isCloseTo(11, within(1e-12));
    assertThat(off[1][5]).isCloseTo(15, within(1e-12));
    assertThat(off[2][5]).isCloseTo(19, within(1e-12));
    DayForecast f = ResidualQuantiles.withQuantiles(DayForecast.pointOnly(LocalDate.of(2024, 1, 1), new double[24]),
        r.levels(), off);
    assertThat(f.quantile(0.9, 0)).isCloseTo(19, within(1e-12));
  }

  @Test
  void metricsSkipMissingOutcomes() {
    double[] a = new double[200];
    double[] f = new double[200];
    for (int i = 0; i < 200; i++) {
      a[i] = 10 + (i % 7);
      f[i] = a[i] + 1;
    }
    a[190] = Double.NaN;
    PointMetrics m = PointMetrics.of(a, f);
    assertThat(m.hours()).isEqualTo(199);
    assertThat(m.mae()).isCloseTo(1, within(1e-12));
    assertThat(m.rmse()).isCloseTo(1, within(1e-12));
  }
}
