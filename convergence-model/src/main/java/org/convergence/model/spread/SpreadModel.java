package org.convergence.model.spread;

import java.util.ArrayList;
import java.util.List;
import org.convergence.core.price.HourSpreadForecast;
import org.convergence.core.price.PriceGrid;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.time.HourId;
import org.convergence.model.file.Provenance;

/**
 * One calibration of the spread model, scale-free: a regression of the clearing price over its level
 * ({@code P / p_level}, {@link SpreadFeatures#priceLevel}) and one of the spread over its scale
 * ({@code S / s_scale}, {@link SpreadFeatures#spreadScale}) on {@link SpreadFeatures}; the scaled spread's mean is
 * the regression plus {@code w} times the trailing prior ({@link SpreadFeatures#trailingPrior}). The training
 * medians fill missing inputs, and the joint scaled residuals of the most recent complete training days become the
 * scenarios (scenario k = training day k's residuals at every hour, so errors stay joint across hours and between P
 * and S), centred per hour (their mean removed, so the scenario mean is the forecast), multiplied back by the forecast
 * day's own level and scale.
 */
public final class SpreadModel {
  private final String id;
  private final Regression clearing;
  private final Regression spread;
  private final double priorWeight;
  private final double[] fillMedians;
  private final double fillScale;
  private final double fillLevel;
  private final double[][][] residuals;
  private final int publishedHoursOfDayBefore;
  private final Provenance provenance;

  SpreadModel(String id, Regression clearing, Regression spread, double priorWeight, double[] fillMedians,
      double fillScale, double fillLevel, double[][][] residuals, int publishedHoursOfDayBefore,
      Provenance provenance) {
    this.id = id;
    this.clearing = clearing;
    this.spread = spread;
    this.priorWeight = priorWeight;
    this.fillMedians = fillMedians;
    this.fillScale = fillScale;
    this.fillLevel = fillLevel;
    this.residuals = residuals;
    this.publishedHoursOfDayBefore = publishedHoursOfDayBefore;
    this.provenance = provenance;
  }

  public String id() {
    return id;
  }

  public Provenance provenance() {
    return provenance;
  }

  /** The mean of the scaled spread: the regression plus {@code w} times the trailing prior. */
  static double scaledMean(Regression spread, double[] x, double w) {
    return spread.predict(x) + w * SpreadFeatures.trailingPrior(x);
  }

  /** The forecast of grid day {@code d} (its features from the grid as published at the run's as-of time). */
  SpreadForecast forecast(PriceGrid g, int d) {
    List<HourSpreadForecast> hours = new ArrayList<>();
    int n = residuals.length;
    double scale = SpreadFeatures.spreadScale(g, d);
    if (Double.isNaN(scale)) {
      scale = fillScale;
    }
    for (HourId h : HourId.all()) {
      double[] x = SpreadFeatures.row(g, d, h.index(), publishedHoursOfDayBefore, scale);
      for (int j = 0; j < x.length; j++) {
        if (Double.isNaN(x[j])) {
          x[j] = fillMedians[j];
        }
      }
      double level = SpreadFeatures.priceLevel(g, d, h.index());
      if (!(level >= SpreadFeatures.MIN_LEVEL_GBP_PER_MWH)) {
        level = fillLevel;
      }
      double p = clearing.predict(x);
      double s = scaledMean(spread, x, priorWeight);
      double[] ps = new double[n];
      double[] ss = new double[n];
      for (int k = 0; k < n; k++) {
        ps[k] = level * (p + residuals[k][h.index()][0]);
        ss[k] = scale * (s + residuals[k][h.index()][1]);
      }
      hours.add(new HourSpreadForecast(h, ps, ss));
    }
    return new SpreadForecast(g.day(d), id, hours);
  }
}
