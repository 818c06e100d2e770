package org.convergence.beam;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.convergence.model.DayForecast;
import org.convergence.model.eval.PointMetrics;
import org.convergence.model.eval.RollingEvaluation;

/**
 * What one evaluation element sends to the join: its block's scored forecasts and outcomes and the block's last
 * residual offsets and band (a serialisable copy of {@link RollingEvaluation.Result} without the trained model).
 */
record EvaluationOutcome(EvaluationTask task, String model, String dataset, double seconds, List<Day> days,
    double[][] lastResidualOffsets, double[] levels, double lastBandWideningGbpPerMWh) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One scored day: the forecast (point and quantiles) and the outcome. */
  record Day(LocalDate day, double[] point, double[] levels, double[][] quantiles, double[] actual)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static EvaluationOutcome of(EvaluationTask task, RollingEvaluation.Result r) {
    List<Day> days = new java.util.ArrayList<>();
    for (int d = 0; d < r.days(); d++) {
      DayForecast f = r.forecasts().get(d);
      days.add(new Day(f.day(), f.pointByHour(), f.levels(), f.quantilesByLevelHour(), r.actualByDayHour()[d]));
    }
    return new EvaluationOutcome(task, r.model(), r.dataset(), r.seconds(), days, r.lastResidualOffsets(),
        r.levels(), r.lastBandWideningGbpPerMWh());
  }

  /** The block's result again (its metrics over its own days; the join computes the whole's). */
  RollingEvaluation.Result result() {
    List<DayForecast> forecasts = days.stream()
        .map(d -> new DayForecast(d.day(), d.point(), d.levels(), d.quantiles())).toList();
    double[][] actual = days.stream().map(Day::actual).toArray(double[][]::new);
    PointMetrics metrics;
    try {
      metrics = PointMetrics.of(RollingEvaluation.flatten(actual), RollingEvaluation.flatten(
          forecasts.stream().map(DayForecast::pointByHour).toArray(double[][]::new)));
    } catch (IllegalArgumentException e) {
      metrics = null; // a block without an observed hour: only the whole is scored
    }
    return new RollingEvaluation.Result(model, dataset, task.from(), task.to(), metrics,
        RollingEvaluation.coverage(forecasts, actual, 0.1, 0.9), seconds, forecasts, actual, null,
        lastResidualOffsets, levels, lastBandWideningGbpPerMWh);
  }
}
