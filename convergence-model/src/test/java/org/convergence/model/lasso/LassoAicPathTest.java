package org.convergence.model.lasso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LassoAicPathTest {
  /** Orthonormal-like design: the lasso solution is soft-thresholding of the OLS coefficients. */
  @Test
  void refitSolvesTheLassoExactlyOnAnOrthogonalDesign() {
    int n = 8;
    double[][] x = new double[n][2];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = (i % 2 == 0) ? 1 : -1;
      x[i][1] = (i / 2 % 2 == 0) ? 1 : -1;
      y[i] = 3 * x[i][0] - 0.5 * x[i][1] + 10;
    }
    LassoAicPath.Design d = new LassoAicPath.Design(x);
    double[] w = new double[2];
    double[] c = {24, -4}; // X'y centred: 3*8, -0.5*8
    double[] r = c.clone();
    // G = 8 I; objective 0.5(y'y - 2w'c + w'Gw) + l1|w|: w = soft(c, l1)/8
    LassoAicPath.descend(d.gram, c, 2, 8 * 9.25, 8.0, w, r, 100, 1e-12);
    assertThat(w[0]).isCloseTo(2.0, within(1e-12));
    assertThat(w[1]).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void aicKeepsTheTrueSupportOfASparseSignal() {
    Random rnd = new Random(7);
    int n = 400;
    int p = 30;
    double[][] x = new double[n][p];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        x[i][j] = rnd.nextGaussian();
      }
      y[i] = 2 * x[i][0] - 1.5 * x[i][3] + x[i][7] + 5 + 0.5 * rnd.nextGaussian();
    }
    LassoAicPath.Fit fit = new LassoAicPath().fit(new LassoAicPath.Design(x), y);
    assertThat(fit.coefficients()[0]).isCloseTo(2, within(0.1));
    assertThat(fit.coefficients()[3]).isCloseTo(-1.5, within(0.1));
    assertThat(fit.coefficients()[7]).isCloseTo(1, within(0.1));
    assertThat(fit.intercept()).isCloseTo(5, within(0.1));
    // the refit applies the AIC alpha (chosen on unit-norm columns) to unnormalised columns, as epftoolbox did, so
    // it is far less sparse than the AIC model: noise features get small but non-zero weights
    assertThat(fit.nonZero()).isGreaterThanOrEqualTo(3);
    for (int j = 0; j < p; j++) {
      if (j != 0 && j != 3 && j != 7) {
        assertThat(Math.abs(fit.coefficients()[j])).isLessThan(0.1);
      }
    }
    assertThat(fit.alpha()).isPositive();
    double[] row = x[0];
    assertThat(fit.predict(row)).isCloseTo(y[0], within(2.0));
  }

  @Test
  void dualityGapVanishesAtTheSolutionAndNotElsewhere() {
    double[] c = {24, -4};
    double[] gram = {8, 0, 0, 8};
    double yy = 8 * 9.25;
    double[] w = {2, 0};
    double[] r = {c[0] - 16, c[1]};
    assertThat(LassoAicPath.dualityGap(c, 2, yy, 8, w, r)).isCloseTo(0, within(1e-9));
    double[] w2 = {1, 0};
    double[] r2 = {c[0] - 8, c[1]};
    assertThat(LassoAicPath.dualityGap(c, 2, yy, 8, w2, r2)).isGreaterThan(1);
    assertThat(gram).hasSize(4);
  }

  @Test
  void aConstantResponseGivesTheInterceptOnly() {
    double[][] x = {{1, 2}, {2, 1}, {3, 5}, {4, 0}};
    LassoAicPath.Fit fit = new LassoAicPath().fit(new LassoAicPath.Design(x), new double[] {7, 7, 7, 7});
    assertThat(fit.nonZero()).isZero();
    assertThat(fit.intercept()).isEqualTo(7);
  }
}
