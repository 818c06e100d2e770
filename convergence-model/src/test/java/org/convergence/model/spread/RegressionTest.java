package org.convergence.model.spread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RegressionTest {
  private static final SpreadHyper ONE = ModelSpreadForecasterTest.SMALL;

  private static double[][] x(Random r, int n) {
    double[][] x = new double[n][3];
    for (double[] row : x) {
      for (int j = 0; j < row.length; j++) {
        row[j] = r.nextGaussian();
      }
    }
    return x;
  }

  @Test
  void aBagIsTheMeanOfItsFitsSeededOneAfterAnother() {
    Random r = new Random(7);
    double[][] x = x(r, 300);
    double[] y = new double[x.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = x[i][0] - 0.5 * x[i][1] * x[i][2] + 0.3 * r.nextGaussian();
    }
    long seed = 42;
    Regression bag = Regression.fit(ONE.withBag(3), x, y, seed);
    Regression[] single = {Regression.fit(ONE, x, y, seed), Regression.fit(ONE, x, y, seed + 1),
        Regression.fit(ONE, x, y, seed + 2)};
    double[][] probe = x(new Random(8), 20);
    boolean differ = false;
    for (double[] row : probe) {
      double mean = (single[0].predict(row) + single[1].predict(row) + single[2].predict(row)) / 3;
      assertThat(bag.predict(row)).isCloseTo(mean, within(1e-12));
      differ |= Math.abs(single[0].predict(row) - single[1].predict(row)) > 1e-9;
    }
    assertThat(differ).as("the seeds give different fits (row subsampling)").isTrue();
    assertThat(Regression.fit(ONE.withBag(3), x, y, seed).predict(probe[0])).isEqualTo(bag.predict(probe[0]));
  }

  @Test
  void aBagBelowOneIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> ONE.withBag(0)).hasMessageContaining("bag must be >= 1, was 0");
  }
}
