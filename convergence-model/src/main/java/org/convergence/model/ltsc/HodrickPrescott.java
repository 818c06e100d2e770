package org.convergence.model.ltsc;

/**
 * The Hodrick-Prescott filter: the trend {@code t} minimising {@code sum (y_i - t_i)^2 + lambda * sum (t_{i+1} - 2 t_i
 * + t_{i-1})^2}, i.e. the solution of {@code (I + lambda K'K) t = y} with {@code K} the second-difference matrix (as
 * statsmodels' {@code hpfilter}). The system is symmetric, positive definite and pentadiagonal; it is solved by a
 * banded LDL' factorisation in O(n) (Smile's {@code BandMatrix} would need the native LAPACK the build leaves out).
 * Two-sided over the series it is given: applied to a calibration window, it reads only that window.
 *
 * @param lambda the smoothing parameter (for daily data: 10^4 damps cycles shorter than about two months by half or
 *     more; the gain is 1/2 at the period {@code 2 pi / acos(1 - 1 / (2 sqrt(lambda)))} days)
 */
public record HodrickPrescott(double lambda) {
  public HodrickPrescott {
    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
      throw new IllegalArgumentException("Hodrick-Prescott lambda must be finite and >= 0, not " + lambda);
    }
  }

  /** The trend of {@code y} (not modified); a series of fewer than 3 values is its own trend. */
  public double[] trend(double[] y) {
    int n = y.length;
    for (double v : y) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("Hodrick-Prescott filter: the series has a missing or infinite value");
      }
    }
    if (n < 3 || lambda == 0) {
      return y.clone();
    }
    // A = I + lambda K'K as its three bands: a0[i] = A[i][i], a1[i] = A[i][i+1], a2[i] = A[i][i+2]
    double[] a0 = new double[n];
    double[] a1 = new double[n];
    double[] a2 = new double[n];
    double[] c = {1, -2, 1};
    for (int r = 0; r < n - 2; r++) { // row r of K: 1, -2, 1 at columns r, r+1, r+2
      for (int a = 0; a < 3; a++) {
        a0[r + a] += lambda * c[a] * c[a];
        if (a < 2) {
          a1[r + a] += lambda * c[a] * c[a + 1];
        }
      }
      a2[r] += lambda * c[0] * c[2];
    }
    for (int i = 0; i < n; i++) {
      a0[i] += 1;
    }
    // A = L D L' with L unit lower triangular, l1[i] = L[i+1][i], l2[i] = L[i+2][i]
    double[] d = new double[n];
    double[] l1 = new double[n];
    double[] l2 = new double[n];
    for (int j = 0; j < n; j++) {
      double dj = a0[j];
      if (j >= 1) {
        dj -= l1[j - 1] * l1[j - 1] * d[j - 1];
      }
      if (j >= 2) {
        dj -= l2[j - 2] * l2[j - 2] * d[j - 2];
      }
      d[j] = dj;
      if (j + 1 < n) {
        double v = a1[j];
        if (j >= 1) {
          v -= l2[j - 1] * l1[j - 1] * d[j - 1];
        }
        l1[j] = v / dj;
      }
      if (j + 2 < n) {
        l2[j] = a2[j] / dj;
      }
    }
    double[] t = new double[n];
    for (int i = 0; i < n; i++) { // L z = y
      double z = y[i];
      if (i >= 1) {
        z -= l1[i - 1] * t[i - 1];
      }
      if (i >= 2) {
        z -= l2[i - 2] * t[i - 2];
      }
      t[i] = z;
    }
    for (int i = 0; i < n; i++) {
      t[i] /= d[i];
    }
    for (int i = n - 1; i >= 0; i--) { // L' t = z / D
      if (i + 1 < n) {
        t[i] -= l1[i] * t[i + 1];
      }
      if (i + 2 < n) {
        t[i] -= l2[i] * t[i + 2];
      }
    }
    return t;
  }
}
