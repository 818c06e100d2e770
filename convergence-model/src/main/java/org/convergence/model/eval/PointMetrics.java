package org.convergence.model.eval;

/**
 * Point-forecast accuracy as defined in epftoolbox ({@code epftoolbox.evaluation}), over hourly series in time
 * order. Hours whose actual price is NaN (missing outcome) are skipped.
 *
 * @param mae mean absolute error
 * @param rmae (NaN for a period of a week or less) MAE divided by the MAE of the weekly naive forecast on the same period (epftoolbox {@code m='W'}:
 *     the naive errors are those of the actual series against itself one week earlier, from the eighth day on)
 * @param smapePercent symmetric MAPE, {@code mean(|a - f| / ((|a| + |f|) / 2))}, in percent
 * @param rmse root mean square error
 */
public record PointMetrics(int hours, double mae, double rmae, double smapePercent, double rmse) {
  public static final int WEEK_HOURS = 168;

  public static PointMetrics of(double[] actual, double[] forecast) {
    if (actual.length != forecast.length) {
      throw new IllegalArgumentException("actual and forecast differ in length: " + actual.length + " vs "
          + forecast.length);
    }
    double abs = 0;
    double sq = 0;
    double smape = 0;
    int n = 0;
    for (int i = 0; i < actual.length; i++) {
      if (Double.isNaN(actual[i])) {
        continue;
      }
      double e = actual[i] - forecast[i];
      abs += Math.abs(e);
      sq += e * e;
      double denom = (Math.abs(actual[i]) + Math.abs(forecast[i])) / 2;
      smape += denom == 0 ? 0 : Math.abs(e) / denom;
      n++;
    }
    if (n == 0) {
      throw new IllegalArgumentException("no observed hours to score");
    }
    double mae = abs / n;
    double rmae = actual.length > WEEK_HOURS ? mae / weeklyNaiveMae(actual) : Double.NaN;
    return new PointMetrics(n, mae, rmae, 100 * smape / n, Math.sqrt(sq / n));
  }

  /** MAE of the weekly naive forecast (the actual price 168 hours earlier) from hour 168 on. */
  public static double weeklyNaiveMae(double[] actual) {
    double s = 0;
    int n = 0;
    for (int i = WEEK_HOURS; i < actual.length; i++) {
      if (!Double.isNaN(actual[i]) && !Double.isNaN(actual[i - WEEK_HOURS])) {
        s += Math.abs(actual[i] - actual[i - WEEK_HOURS]);
        n++;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("rMAE needs more than one week of outcomes");
    }
    return s / n;
  }
}
