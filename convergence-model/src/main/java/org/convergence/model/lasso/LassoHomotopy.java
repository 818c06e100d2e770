package org.convergence.model.lasso;

/**
 * The exact Lasso path by homotopy (LARS with the lasso modification, Efron et al. 2004; scikit-learn's
 * {@code lars_path(method='lasso')}) on a Gram formulation: minimises {@code 0.5 w'Gw - w'c + lambda*||w||_1} for
 * every {@code lambda} from {@code max|c|} down to a target, following the piecewise-linear solution from knot to
 * knot. Between knots the active coefficients move along {@code G_AA^-1 s_A} (a Cholesky factor of the active
 * sub-Gram matrix, updated by one row when a variable joins, refactored when one leaves); a knot is where an
 * inactive correlation reaches {@code lambda} (join) or an active coefficient reaches zero (drop).
 *
 * <p>A step costs O(p k) (k active variables), so a path of a few hundred knots costs less than a handful of
 * coordinate-descent sweeps over a 247-feature Gram matrix. A variable whose column is (numerically) a combination of
 * the active ones is left out, as scikit-learn's LARS does with degenerate regressors.
 */
final class LassoHomotopy {
  /** Called at each knot with the current solution; return false to stop the path there. */
  interface Knots {
    boolean at(double lambda, double[] w, double[] rho, int nonZero);
  }

  /** Relative pivot below which a joining column counts as a combination of the active ones. */
  private static final double DEGENERATE = 1e-10;

  private LassoHomotopy() {}

  /**
   * Follows the path from {@code w = 0} down to {@code lambdaTarget} (or until {@code knots} says stop, or
   * {@code maxSteps} knots), leaving the solution in {@code w} and {@code rho = c - G w}.
   *
   * @return the lambda where the path stopped
   */
  static double path(double[] g, double[] c, int p, double lambdaTarget, int maxSteps, int maxActive, double[] w,
      double[] rho, Knots knots) {
    java.util.Arrays.fill(w, 0);
    System.arraycopy(c, 0, rho, 0, p);
    double lambda = 0;
    int first = -1;
    for (int j = 0; j < p; j++) {
      if (g[j * p + j] > 0 && Math.abs(rho[j]) > lambda) {
        lambda = Math.abs(rho[j]);
        first = j;
      }
    }
    if (first < 0 || lambda <= lambdaTarget) {
      return lambda;
    }
    int cap = Math.min(p, Math.max(1, maxActive));
    int[] active = new int[p];
    double[] sign = new double[p];
    boolean[] inActive = new boolean[p];
    boolean[] excluded = new boolean[p];
    double[] chol = new double[cap * cap]; // lower triangular, row-major, stride cap
    double[] d = new double[cap];
    double[] tmp = new double[cap];
    double[] a = new double[p];
    int k = 0;
    if (addColumn(g, p, active, k, first, chol, cap, tmp)) {
      active[k] = first;
      sign[k] = Math.signum(rho[first]);
      inActive[first] = true;
      k++;
    } else {
      return lambda;
    }
    int justDropped = -1;
    for (int step = 0; step < maxSteps; step++) {
      // direction of the active coefficients per unit decrease of lambda
      solve(chol, cap, k, sign, d, tmp);
      java.util.Arrays.fill(a, 0);
      for (int i = 0; i < k; i++) {
        double di = d[i];
        int row = active[i] * p;
        for (int j = 0; j < p; j++) {
          a[j] += di * g[row + j];
        }
      }
      double tiny = 1e-13 * lambda;
      double gamma = lambda - lambdaTarget;
      int join = -1;
      int drop = -1;
      if (k < cap) {
        for (int j = 0; j < p; j++) {
          if (inActive[j] || excluded[j] || j == justDropped || g[j * p + j] <= 0) {
            continue;
          }
          double aj = a[j];
          double rj = rho[j];
          if (aj < 1) {
            double t = (lambda - rj) / (1 - aj);
            if (t > tiny && t < gamma) {
              gamma = t;
              join = j;
            }
          }
          if (aj > -1) {
            double t = (lambda + rj) / (1 + aj);
            if (t > tiny && t < gamma) {
              gamma = t;
              join = j;
            }
          }
        }
      }
      for (int i = 0; i < k; i++) {
        if (d[i] != 0) {
          double t = -w[active[i]] / d[i];
          if (t > tiny && t < gamma) {
            gamma = t;
            drop = i;
            join = -1;
          }
        }
      }
      for (int i = 0; i < k; i++) {
        w[active[i]] += gamma * d[i];
      }
      for (int j = 0; j < p; j++) {
        rho[j] -= gamma * a[j];
      }
      lambda -= gamma;
      justDropped = -1;
      if (join < 0 && drop < 0) {
        return lambda; // reached the target
      }
      if (drop >= 0) {
        int j = active[drop];
        w[j] = 0;
        inActive[j] = false;
        justDropped = j;
        for (int i = drop; i < k - 1; i++) {
          active[i] = active[i + 1];
          sign[i] = sign[i + 1];
        }
        removeRow(chol, cap, k, drop);
        k--;
      } else {
        if (addColumn(g, p, active, k, join, chol, cap, tmp)) {
          active[k] = join;
          sign[k] = Math.signum(rho[join]);
          inActive[join] = true;
          k++;
        } else {
          excluded[join] = true;
        }
      }
      if (step % 64 == 63) {
        resync(g, c, p, w, rho, active, k);
      }
      int nonZero = 0;
      for (int i = 0; i < k; i++) {
        if (Math.abs(w[active[i]]) > Math.ulp(1.0)) {
          nonZero++;
        }
      }
      if (!knots.at(lambda, w, rho, nonZero)) {
        return lambda;
      }
    }
    return lambda;
  }

  /** rho = c - G w, from scratch (bounds the drift of the incremental updates). */
  private static void resync(double[] g, double[] c, int p, double[] w, double[] rho, int[] active, int k) {
    System.arraycopy(c, 0, rho, 0, p);
    for (int i = 0; i < k; i++) {
      double wi = w[active[i]];
      if (wi != 0) {
        int row = active[i] * p;
        for (int j = 0; j < p; j++) {
          rho[j] -= wi * g[row + j];
        }
      }
    }
  }

  /** Appends column {@code j} to the Cholesky factor of the first {@code k} active columns; false if degenerate. */
  private static boolean addColumn(double[] g, int p, int[] active, int k, int j, double[] chol, int cap,
      double[] v) {
    if (k >= cap) {
      return false;
    }
    double gjj = g[j * p + j];
    double vv = 0;
    for (int r = 0; r < k; r++) {
      double s = g[active[r] * p + j];
      int row = r * cap;
      for (int m = 0; m < r; m++) {
        s -= chol[row + m] * v[m];
      }
      v[r] = s / chol[row + r];
      vv += v[r] * v[r];
    }
    double pivot = gjj - vv;
    if (!(pivot > DEGENERATE * gjj)) {
      return false;
    }
    int row = k * cap;
    for (int m = 0; m < k; m++) {
      chol[row + m] = v[m];
    }
    chol[row + k] = Math.sqrt(pivot);
    return true;
  }

  /**
   * Deletes active index {@code i} from the Cholesky factor of {@code k} columns in O(k^2): the rows below move up,
   * then Givens rotations of neighbouring columns clear the super-diagonal they bring (L Q, Q orthogonal, keeps
   * L L').
   */
  private static void removeRow(double[] chol, int cap, int k, int i) {
    for (int m = i; m < k - 1; m++) {
      System.arraycopy(chol, (m + 1) * cap, chol, m * cap, m + 2);
    }
    for (int q = i; q < k - 1; q++) {
      int rowQ = q * cap;
      double x = chol[rowQ + q];
      double y = chol[rowQ + q + 1];
      double r = Math.hypot(x, y);
      double cs = x / r;
      double sn = y / r;
      chol[rowQ + q] = r;
      chol[rowQ + q + 1] = 0;
      for (int m = q + 1; m < k - 1; m++) {
        int row = m * cap;
        double u = chol[row + q];
        double v = chol[row + q + 1];
        chol[row + q] = cs * u + sn * v;
        chol[row + q + 1] = -sn * u + cs * v;
      }
    }
  }

  /** Solves (L L') d = s for the first k rows. */
  private static void solve(double[] chol, int cap, int k, double[] s, double[] d, double[] tmp) {
    for (int r = 0; r < k; r++) {
      double v = s[r];
      int row = r * cap;
      for (int m = 0; m < r; m++) {
        v -= chol[row + m] * tmp[m];
      }
      tmp[r] = v / chol[row + r];
    }
    for (int r = k - 1; r >= 0; r--) {
      double v = tmp[r];
      for (int m = r + 1; m < k; m++) {
        v -= chol[m * cap + r] * d[m];
      }
      d[r] = v / chol[r * cap + r];
    }
  }
}
