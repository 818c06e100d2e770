package org.convergence.model.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.convergence.model.DayForecast;

/**
 * What {@code ./convergence evaluate prices} prints of a rolling evaluation, written once for the command and the
 * sweep (docs/sweeps.md): the table, the JSON object of {@code --json} and the rows of {@code --forecasts-out}.
 */
public final class EvaluationReport {
  /** The header of the forecasts CSV ({@code --forecasts-out}). */
  public static final String FORECASTS_HEADER = "day,hour,actual,point,q10,q50,q90";

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvaluationReport() {}

  /** The table {@code evaluate prices} prints (lines ending in a newline). */
  public static String table(String model, RollingEvaluation.Result r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "model %s on %s, %s..%s (%d days, rolling recalibration)%n", model,
        r.dataset(), r.from(), r.to(), r.days()));
    b.append(String.format(Locale.ROOT, "MAE   %.3f%nrMAE  %.3f  (vs weekly naive)%nsMAPE %.2f %%%nRMSE  %.3f%n",
        r.metrics().mae(), r.metrics().rmae(), r.metrics().smapePercent(), r.metrics().rmse()));
    if (!Double.isNaN(r.coverage10to90())) {
      b.append(String.format(Locale.ROOT, "10-90 %% band coverage %.1f %%%n", 100 * r.coverage10to90()));
    }
    b.append(String.format(Locale.ROOT, "%.1f s (%.3f s per day)%n", r.seconds(), r.seconds() / Math.max(1,
        r.days())));
    return b.toString();
  }

  /** The JSON object {@code evaluate prices --json} prints (one line, no newline). */
  public static String json(String model, RollingEvaluation.Result r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("model", model);
    o.put("dataset", r.dataset());
    o.put("test_from", r.from().toString());
    o.put("test_to", r.to().toString());
    o.put("days", r.days());
    o.put("mae", r.metrics().mae());
    o.put("rmae", r.metrics().rmae());
    o.put("smape", r.metrics().smapePercent());
    o.put("rmse", r.metrics().rmse());
    if (!Double.isNaN(r.coverage10to90())) {
      o.put("coverage_10_90", r.coverage10to90());
    }
    o.put("seconds", r.seconds());
    return o.toString();
  }

  /** The 24 rows of one scored day in the forecasts CSV (each ending in a newline). */
  public static String forecastRows(DayForecast f, double[] actual) {
    StringBuilder b = new StringBuilder();
    boolean q = f.hasQuantiles();
    for (int h = 0; h < 24; h++) {
      b.append(String.format(Locale.ROOT, "%s,%d,%s,%.4f,%s%n", f.day(), h, actual[h], f.pointByHour()[h],
          q ? String.format(Locale.ROOT, "%.4f,%.4f,%.4f", f.quantile(0.1, h), f.quantile(0.5, h),
              f.quantile(0.9, h)) : ",,"));
    }
    return b.toString();
  }

  /** The forecasts CSV of a whole evaluation: the header, then every scored day in order. */
  public static String forecastsCsv(RollingEvaluation.Result r) {
    StringBuilder b = new StringBuilder(FORECASTS_HEADER).append(System.lineSeparator());
    for (int d = 0; d < r.days(); d++) {
      b.append(forecastRows(r.forecasts().get(d), r.actualByDayHour()[d]));
    }
    return b.toString();
  }
}
