package org.convergence.model.lasso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Sample weights in {@link LassoAicPath}: frequency weights (weight 2 is the row twice, criterion and penalty
 * included), weights 1 the unweighted fit bit for bit, and the refit the weighted lasso's optimum (its optimality
 * conditions checked on the raw rows, independently of the solver's Gram formulation).
 */
class LassoAicPathWeightsTest {
  /** A LEAR-like collinear design (lagged, autocorrelated columns) and a sparse response. */
  private static double[][] design(Random rnd, int n, int p) {
    double[][] x = new double[n][p];
    double[] base = new double[p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        base[j] = 0.8 * base[j] + rnd.nextGaussian();
        x[i][j] = j == 0 ? base[j] : 0.7 * x[i][j - 1] + 0.3 * base[j];
      }
    }
    return x;
  }

  private static double[] response(Random rnd, double[][] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 1.5 * x[i][0] - 0.8 * x[i][2] + 0.5 * x[i][5] + 3 + 0.6 * rnd.nextGaussian();
    }
    return y;
  }

  private static LassoAicPath solver(LassoAicPath.Method method) {
    return new LassoAicPath(new LassoAicPath.Options(100, 1e-4, 20000, 20000, 1e-10, 1e-10, 0, method));
  }

  @ParameterizedTest
  @EnumSource(LassoAicPath.Method.class)
  void aRowOfWeightTwoIsThatRowTwice(LassoAicPath.Method method) {
    Random rnd = new Random(11);
    int n = 80;
    int p = 12;
    double[][] x = design(rnd, n, p);
    double[] y = response(rnd, x);
    double[] w = new double[n];
    List<double[]> dupX = new ArrayList<>();
    List<Double> dupY = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w[i] = i % 3 == 0 ? 2 : 1;
      for (int k = 0; k < w[i]; k++) {
        dupX.add(x[i]);
        dupY.add(y[i]);
      }
    }
    LassoAicPath.Fit weighted = solver(method).fit(new LassoAicPath.Design(x, w), y);
    LassoAicPath.Fit twice = solver(method).fit(new LassoAicPath.Design(dupX.toArray(double[][]::new)),
        dupY.stream().mapToDouble(Double::doubleValue).toArray());
    assertThat(new LassoAicPath.Design(x, w).weightSum()).isEqualTo(dupX.size());
    assertThat(weighted.alpha()).isCloseTo(twice.alpha(), within(1e-9 * twice.alpha()));
    assertThat(weighted.aic()).isCloseTo(twice.aic(), within(1e-8));
    assertThat(weighted.nonZero()).isEqualTo(twice.nonZero());
    assertThat(weighted.intercept()).isCloseTo(twice.intercept(), within(1e-7));
    for (int j = 0; j < p; j++) {
      assertThat(weighted.coefficients()[j]).isCloseTo(twice.coefficients()[j], within(1e-7));
    }
    // and the weights matter: the unweighted fit of the same rows is another one
    LassoAicPath.Fit plain = solver(method).fit(new LassoAicPath.Design(x), y);
    assertThat(plain.intercept()).isNotCloseTo(weighted.intercept(), within(1e-6));
  }

  @ParameterizedTest
  @EnumSource(LassoAicPath.Method.class)
  void weightsOneAreTheUnweightedFitBitForBit(LassoAicPath.Method method) {
    Random rnd = new Random(5);
    for (int[] np : new int[][] {{120, 30}, {21, 40}}) { // more samples than features, and fewer (LEAR's 28 days)
      double[][] x = design(rnd, np[0], np[1]);
      double[] y = response(rnd, x);
      double[] ones = new double[np[0]];
      java.util.Arrays.fill(ones, 1.0);
      LassoAicPath s = new LassoAicPath(new LassoAicPath.Options(100, 1e-4, 2500, 2500, 1e-4, 1e-4, 0, method));
      LassoAicPath.Fit a = s.fit(new LassoAicPath.Design(x), y);
      LassoAicPath.Fit b = s.fit(new LassoAicPath.Design(x, ones), y);
      assertThat(b.alpha()).isEqualTo(a.alpha());
      assertThat(b.intercept()).isEqualTo(a.intercept());
      assertThat(b.aic()).isEqualTo(a.aic());
      assertThat(b.coefficients()).containsExactly(a.coefficients());
    }
  }

  /**
   * The reference: the optimality (KKT) conditions of {@code (1/2W) sum w_i (y_i - b0 - x_i b)^2 + alpha ||b||_1}
   * on the raw rows: the weighted residuals sum to zero, and {@code (1/W) sum w_i x_ij r_i} is {@code alpha sign(b_j)}
   * on the support and at most alpha in size off it.
   */
  @Test
  void theWeightedRefitSatisfiesTheWeightedLassoOptimalityConditions() {
    Random rnd = new Random(3);
    int n = 150;
    int p = 20;
    double[][] x = design(rnd, n, p);
    double[] y = response(rnd, x);
    double[] w = new double[n];
    double sumW = 0;
    for (int i = 0; i < n; i++) {
      w[i] = Math.pow(0.5, (n - 1 - i) / 40.0); // recency weights, the newest row 1
      sumW += w[i];
    }
    LassoAicPath.Fit fit = new LassoAicPath().fit(new LassoAicPath.Design(x, w), y);
    assertThat(fit.alpha()).isPositive();
    assertThat(fit.nonZero()).isBetween(1, p - 1);
    double[] r = new double[n];
    double sumWr = 0;
    for (int i = 0; i < n; i++) {
      r[i] = y[i] - fit.predict(x[i]);
      sumWr += w[i] * r[i];
    }
    assertThat(sumWr / sumW).isCloseTo(0, within(1e-9));
    double alpha = fit.alpha();
    for (int j = 0; j < p; j++) {
      double g = 0;
      for (int i = 0; i < n; i++) {
        g += w[i] * x[i][j] * r[i];
      }
      g /= sumW;
      double b = fit.coefficients()[j];
      if (b != 0) {
        assertThat(g).isCloseTo(alpha * Math.signum(b), within(1e-3 * alpha));
      } else {
        assertThat(Math.abs(g)).isLessThanOrEqualTo(alpha * (1 + 1e-3));
      }
    }
  }

  @Test
  void aWeightThatIsNotPositiveAndFiniteIsRefusedNamingTheRow() {
    double[][] x = {{1, 2}, {2, 1}, {3, 5}};
    assertThatThrownBy(() -> new LassoAicPath.Design(x, new double[] {1, 0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sample weight 0.0 of row 1 is not positive and finite");
    assertThatThrownBy(() -> new LassoAicPath.Design(x, new double[] {1, Double.NaN, 1}))
        .hasMessageContaining("of row 1");
    assertThatThrownBy(() -> new LassoAicPath.Design(x, new double[] {1, 1}))
        .hasMessage("2 sample weights for 3 rows");
  }
}
