package org.convergence.model.lear;


/**
 * epftoolbox's "Invariant" transformation, column by column: {@code asinh((x - median) / MAD)} with the MAD
 * scaled to the normal ({@code median|x - median| / 0.6745}, as statsmodels' {@code robust.mad}). A column with
 * zero MAD is divided by 1.
 */
public record RobustAsinhScaler(double[] median, double[] mad) {
  static final double NORMAL_MAD = 0.6744897501960817;

  public static RobustAsinhScaler fit(double[][] rows, int columns) {
    double[] med = new double[columns];
    double[] mad = new double[columns];
    double[] col = new double[rows.length];
    for (int j = 0; j < columns; j++) {
      for (int i = 0; i < rows.length; i++) {
        col[i] = rows[i][j];
      }
      double m = median(col);
      double[] dev = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        dev[i] = Math.abs(col[i] - m);
      }
      double s = median(dev) / NORMAL_MAD;
      med[j] = m;
      mad[j] = s > 0 ? s : 1;
    }
    return new RobustAsinhScaler(med, mad);
  }

  public double transform(int column, double x) {
    double z = (x - median[column]) / mad[column];
    return Math.log(z + Math.sqrt(z * z + 1));
  }

  /** A copy of {@code row} with its first {@code median().length} columns transformed (the rest, e.g. dummies, as is). */
  public double[] transformRow(double[] row) {
    double[] z = row.clone();
    for (int j = 0; j < median.length; j++) {
      z[j] = transform(j, row[j]);
    }
    return z;
  }

  public double inverse(int column, double y) {
    return Math.sinh(y) * mad[column] + median[column];
  }

  /** The median (mean of the two middle values for an even count), by selection in O(n) on a copy. */
  static double median(double[] values) {
    double[] v = values.clone();
    int n = v.length;
    double upper = select(v, n / 2);
    if (n % 2 == 1) {
      return upper;
    }
    // after the selection every value left of n/2 is <= v[n/2]: the lower middle is their maximum
    double lower = v[0];
    for (int i = 1; i < n / 2; i++) {
      lower = Math.max(lower, v[i]);
    }
    return 0.5 * (lower + upper);
  }

  /** Hoare's selection: permutes v so that v[k] is the k-th smallest, smaller-or-equal values left of it. */
  private static double select(double[] v, int k) {
    int lo = 0;
    int hi = v.length - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      // median of three as the pivot
      double a = v[lo];
      double b = v[mid];
      double c = v[hi];
      double pivot = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (v[i] < pivot) {
          i++;
        }
        while (v[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = v[i];
          v[i] = v[j];
          v[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return v[k];
      }
    }
    return v[k];
  }
}
