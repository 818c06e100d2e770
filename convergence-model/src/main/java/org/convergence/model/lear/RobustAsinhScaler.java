package org.convergence.model.lear;

import java.util.Arrays;

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

  public double inverse(int column, double y) {
    return Math.sinh(y) * mad[column] + median[column];
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
  }
}
