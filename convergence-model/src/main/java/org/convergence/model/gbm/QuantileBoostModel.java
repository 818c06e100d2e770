package org.convergence.model.gbm;

import java.time.LocalDate;
import java.util.Arrays;
import org.convergence.model.DayForecast;
import org.convergence.model.PriceModel;
import org.convergence.model.data.DailySeries;
import smile.data.Tuple;
import smile.regression.GradientTreeBoost;

/** Trained quantile boosting models, one per level; quantiles are sorted per hour so that they never cross. */
public record QuantileBoostModel(double[] levels, GradientTreeBoost[] models, int availabilityLagDays,
    LocalDate trainFrom, LocalDate trainTo) implements PriceModel {

  @Override
  public String id() {
    return "gbm-quantile@" + trainTo;
  }

  @Override
  public DayForecast forecast(DailySeries known, LocalDate target) {
    int d = known.indexOf(target);
    double[][] q = new double[levels.length][24];
    double[] point = new double[24];
    for (int h = 0; h < 24; h++) {
      double[] x = QuantileBoostTrainer.features(known, d, h, availabilityLagDays);
      if (x == null) { // an input price missing: LEAR's rule, the same hour of the latest earlier day that has it
        x = QuantileBoostTrainer.features(known, d, h, availabilityLagDays, true);
      }
      if (x == null) {
        throw new IllegalArgumentException(known.name() + ": inputs for " + target + " hour " + h + " are missing");
      }
      double[] col = new double[levels.length];
      for (int l = 0; l < levels.length; l++) {
        col[l] = models[l].predict(Tuple.of(x, models[l].schema()));
      }
      Arrays.sort(col);
      for (int l = 0; l < levels.length; l++) {
        q[l][h] = col[l];
        if (Math.abs(levels[l] - 0.5) < 1e-9) {
          point[h] = col[l];
        }
      }
    }
    return new DayForecast(target, point, levels.clone(), q);
  }
}
