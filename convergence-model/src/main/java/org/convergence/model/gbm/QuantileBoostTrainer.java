package org.convergence.model.gbm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.data.DailySeries;
import org.convergence.model.lear.LearFeatures;
import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.regression.GradientTreeBoost;

/**
 * Gradient-boosted quantile regression ({@code smile.regression.GradientTreeBoost} with {@code Loss.quantile(q)}),
 * one model per quantile level over all 24 hours, on calendar and lag features (see {@link #FEATURES}). The median
 * model gives the point forecast. Calibrated on the last {@code windowDays} known days.
 */
public final class QuantileBoostTrainer implements PriceModelTrainer {
  /** Feature names, in column order. "lagA" is the availability lag (1 on EPF markets, 2 on GB). */
  public static final List<String> FEATURES = List.of("hour", "dow", "month", "price_lagA", "price_lagA_plus1",
      "price_lag7", "mean_lagA", "min_lagA", "max_lagA", "mean_lag7", "exo0_D", "exo1_D");

  /** Boosting settings. */
  public record Hyper(int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage, double subsample) {
    public static Hyper defaults() {
      return new Hyper(200, 6, 32, 20, 0.05, 0.7);
    }
  }

  private final int windowDays;
  private final int availabilityLagDays;
  private final double[] levels;
  private final Hyper hyper;

  public QuantileBoostTrainer(int windowDays, int availabilityLagDays, double[] levels, Hyper hyper) {
    this.windowDays = windowDays;
    this.availabilityLagDays = availabilityLagDays;
    this.levels = levels.clone();
    this.hyper = hyper;
    boolean median = false;
    for (double l : levels) {
      median |= Math.abs(l - 0.5) < 1e-9;
    }
    if (!median) {
      throw new IllegalArgumentException("the quantile levels must include 0.5 (the point forecast)");
    }
  }

  @Override
  public String name() {
    return "gbm";
  }

  @Override
  public int availabilityLagDays() {
    return availabilityLagDays;
  }

  public Hyper hyper() {
    return hyper;
  }

  public int windowDays() {
    return windowDays;
  }

  @Override
  public int calibrationWindowDays() {
    return windowDays;
  }

  @Override
  public QuantileBoostModel train(DailySeries known, LocalDate target) {
    int lastKnown = known.indexOf(target) - availabilityLagDays;
    int first = Math.max(availabilityLagDays + 7, lastKnown - windowDays + 1);
    List<double[]> rows = new ArrayList<>();
    for (int d = first; d <= lastKnown; d++) {
      for (int h = 0; h < 24; h++) {
        double[] x = features(known, d, h, availabilityLagDays);
        double y = known.price(d, h);
        if (x != null && !Double.isNaN(y)) {
          double[] row = new double[x.length + 1];
          System.arraycopy(x, 0, row, 0, x.length);
          row[x.length] = y;
          rows.add(row);
        }
      }
    }
    if (rows.size() < 24 * 14) {
      throw new IllegalArgumentException(known.name() + ": only " + rows.size() / 24 + " training days before "
          + target);
    }
    String[] names = new String[FEATURES.size() + 1];
    for (int i = 0; i < FEATURES.size(); i++) {
      names[i] = FEATURES.get(i);
    }
    names[FEATURES.size()] = "price";
    DataFrame df = DataFrame.of(rows.toArray(double[][]::new), names);
    Formula formula = Formula.lhs("price");
    GradientTreeBoost[] models = new GradientTreeBoost[levels.length];
    for (int l = 0; l < levels.length; l++) {
      models[l] = GradientTreeBoost.fit(formula, df, Loss.quantile(levels[l]), hyper.trees(), hyper.maxDepth(),
          hyper.maxNodes(), hyper.nodeSize(), hyper.shrinkage(), hyper.subsample());
    }
    return new QuantileBoostModel(levels, models, availabilityLagDays, known.day(Math.max(0, first)),
        known.day(lastKnown));
  }

  /** The feature row of (day, hour), or null when an input is missing. */
  static double[] features(DailySeries s, int d, int h, int lag) {
    return features(s, d, h, lag, false);
  }

  /**
   * As {@link #features(DailySeries, int, int, int)}; with {@code imputeMissing} a missing input price is the same
   * hour of the latest of the {@link LearFeatures#IMPUTE_DAYS} days before that has it (LEAR's rule), so a day after
   * a gap in the data (GB 2021-02-16..18 are absent) still gets a forecast. Training uses complete rows only.
   */
  static double[] features(DailySeries s, int d, int h, int lag, boolean imputeMissing) {
    int back = imputeMissing ? LearFeatures.IMPUTE_DAYS : 0;
    if (d - 7 < 0 || d - lag - 1 < 0) {
      return null;
    }
    LocalDate day = s.day(d);
    double[] x = new double[FEATURES.size()];
    x[0] = h;
    x[1] = day.getDayOfWeek().getValue();
    x[2] = day.getMonthValue();
    x[3] = s.priceOrEarlier(d - lag, h, back);
    x[4] = s.priceOrEarlier(d - lag - 1, h, back);
    x[5] = s.priceOrEarlier(d - 7, h, back);
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum7 = 0;
    for (int k = 0; k < 24; k++) {
      double v = s.priceOrEarlier(d - lag, k, back);
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum7 += s.priceOrEarlier(d - 7, k, back);
    }
    x[6] = sum / 24;
    x[7] = min;
    x[8] = max;
    x[9] = sum7 / 24;
    x[10] = s.exogenousCount() > 0 ? s.exogenous(0, d, h) : 0;
    x[11] = s.exogenousCount() > 1 ? s.exogenous(1, d, h) : 0;
    for (double v : x) {
      if (Double.isNaN(v)) {
        return null;
      }
    }
    return x;
  }
}
