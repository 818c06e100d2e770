package org.convergence.model.lasso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The active-set solver with Newton steps ({@link LassoAicPath}) gives the same AIC choice and the same fitted
 * values as the plain cyclic solver it replaced ({@link CyclicLassoAicPathReference}), on correlated designs like
 * LEAR's (lagged, strongly collinear columns), with more samples than features and with fewer.
 */
class LassoAicPathEquivalenceTest {
  @ParameterizedTest
  @CsvSource({"200, 40, 1", "120, 40, 2", "30, 60, 3", "49, 80, 4"})
  void theNewPathEqualsTheCyclicReference(int n, int p, long seed) {
    Random rnd = new Random(seed);
    double[][] x = new double[n][p];
    double[] y = new double[n];
    double[] base = new double[p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        base[j] = 0.8 * base[j] + rnd.nextGaussian(); // autocorrelated: neighbouring rows and columns alike
        x[i][j] = j == 0 ? base[j] : 0.7 * x[i][j - 1] + 0.3 * base[j];
      }
      y[i] = 1.5 * x[i][0] - 0.8 * x[i][2] + 0.5 * x[i][p / 2] + 3 + 0.3 * rnd.nextGaussian();
    }
    LassoAicPath.Design d = new LassoAicPath.Design(x);
    LassoAicPath.Fit fast = new LassoAicPath(LassoAicPath.Options.defaults()).fit(d, y);
    LassoAicPath.Fit ref = new CyclicLassoAicPathReference(LassoAicPath.Options.defaults()).fit(d, y);
    assertThat(fast.alpha()).isCloseTo(ref.alpha(), within(1e-9 * ref.alpha()));
    double yScale = 0;
    for (double v : y) {
      yScale = Math.max(yScale, Math.abs(v));
    }
    for (double[] row : x) {
      assertThat(fast.predict(row)).isCloseTo(ref.predict(row), within(0.02 * yScale));
    }
  }
}
