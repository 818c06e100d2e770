package org.convergence.model.lasso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The homotopy ends at the exact Lasso solution (the optimality conditions hold at the target lambda, through joins
 * and drops), equals a coordinate descent run to a tight tolerance, and the AIC choice of {@link LassoAicPath} by
 * homotopy matches the descent on the same grid.
 */
class LassoHomotopyTest {
  /** Lagged, strongly collinear columns like LEAR's, plus 7 day-of-week dummies (rank-deficient once centred). */
  static double[][] design(int n, int p, Random rnd) {
    double[][] x = new double[n][p + 7];
    double[] base = new double[p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        base[j] = 0.8 * base[j] + rnd.nextGaussian();
        x[i][j] = j == 0 ? base[j] : 0.7 * x[i][j - 1] + 0.3 * base[j];
      }
      x[i][p + i % 7] = 1;
    }
    return x;
  }

  static double[] response(double[][] x, Random rnd) {
    int p = x[0].length - 7;
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 1.5 * x[i][0] - 0.8 * x[i][2] + 0.5 * x[i][p / 2] + 2 * x[i][p + 5] + 3 + 0.3 * rnd.nextGaussian();
    }
    return y;
  }

  static double[] xty(LassoAicPath.Design d, double[] y) {
    double ym = 0;
    for (double v : y) {
      ym += v / y.length;
    }
    double[] c = new double[d.p];
    for (int j = 0; j < d.p; j++) {
      for (int i = 0; i < d.n; i++) {
        c[j] += d.columns[j][i] * (y[i] - ym);
      }
    }
    return c;
  }

  @ParameterizedTest
  @CsvSource({"200, 40, 1, 0.01", "200, 40, 2, 0.3", "49, 80, 3, 0.05", "30, 60, 4, 0.5", "400, 120, 5, 0.002"})
  void theHomotopyEndsAtTheExactSolution(int n, int p, long seed, double fraction) {
    Random rnd = new Random(seed);
    double[][] x = design(n, p, rnd);
    double[] y = response(x, rnd);
    LassoAicPath.Design d = new LassoAicPath.Design(x);
    double[] c = xty(d, y);
    double lambdaMax = 0;
    for (double v : c) {
      lambdaMax = Math.max(lambdaMax, Math.abs(v));
    }
    double lambda = fraction * lambdaMax;
    int q = d.p;
    double[] w = new double[q];
    double[] rho = new double[q];
    int[] knots = {0};
    double end = LassoHomotopy.path(d.gram, c, q, lambda, 100 * q, n, w, rho, (l, ww, r, df) -> {
      knots[0]++;
      return true;
    });
    assertThat(end).isCloseTo(lambda, within(1e-9 * lambdaMax));
    if (fraction < 0.1) {
      assertThat(knots[0]).isGreaterThan(3); // joins (and drops) on the way
    }
    // KKT: |c - Gw| <= lambda everywhere, = lambda * sign(w) on the support
    double[] r = c.clone();
    for (int j = 0; j < q; j++) {
      for (int m = 0; m < q; m++) {
        r[m] -= d.gram[j * q + m] * w[j];
      }
    }
    for (int j = 0; j < q; j++) {
      assertThat(rho[j]).isCloseTo(r[j], within(1e-7 * lambdaMax));
      assertThat(Math.abs(r[j])).isLessThanOrEqualTo(lambda * (1 + 1e-6) + 1e-9 * lambdaMax);
      if (w[j] != 0) {
        assertThat(r[j] * Math.signum(w[j])).isCloseTo(lambda, within(1e-6 * lambdaMax));
      }
    }
    // the same objective as a coordinate descent run to a tight tolerance
    double yy = 0;
    for (double v : y) {
      yy += v * v;
    }
    double[] wd = new double[q];
    double[] rd = c.clone();
    LassoAicPath.descend(d.gram, c, q, yy, lambda, wd, rd, 200_000, 1e-13);
    assertThat(objective(d.gram, c, q, lambda, w)).isCloseTo(objective(d.gram, c, q, lambda, wd),
        within(1e-7 * Math.abs(objective(d.gram, c, q, lambda, wd)) + 1e-9));
  }

  private static double objective(double[] g, double[] c, int p, double lambda, double[] w) {
    double s = 0;
    for (int a = 0; a < p; a++) {
      s += lambda * Math.abs(w[a]) - w[a] * c[a];
      for (int b = 0; b < p; b++) {
        s += 0.5 * w[a] * g[a * p + b] * w[b];
      }
    }
    return s;
  }

  @ParameterizedTest
  @CsvSource({"200, 40, 1", "120, 40, 2", "30, 60, 3", "49, 80, 4"})
  void theAicChoiceOnTheGridMatchesTheDescent(int n, int p, long seed) {
    Random rnd = new Random(seed);
    double[][] x = design(n, p, rnd);
    double[] y = response(x, rnd);
    LassoAicPath.Design d = new LassoAicPath.Design(x);
    LassoAicPath.Fit exact = new LassoAicPath(LassoAicPath.Options.homotopyGrid()).fit(d, y);
    LassoAicPath.Fit descent = new LassoAicPath(LassoAicPath.Options.defaults()).fit(d, y);
    double step = Math.pow(1e-4, 1.0 / 99);
    // the same grid point, or its neighbour where the descent's path tolerance moves the AIC across it
    assertThat(exact.alpha() / descent.alpha()).isBetween(step * (1 - 1e-9), 1 / step * (1 + 1e-9));
    double yScale = 0;
    for (double v : y) {
      yScale = Math.max(yScale, Math.abs(v));
    }
    for (double[] row : x) {
      assertThat(exact.predict(row)).isCloseTo(descent.predict(row), within(0.03 * yScale));
    }
  }
}
