package org.convergence.model.spread;

import java.util.ArrayList;
import java.util.List;
import org.convergence.core.price.HourSpreadForecast;
import org.convergence.core.price.PriceGrid;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.time.HourId;
import org.convergence.model.file.Provenance;

/**
 * One calibration of the spread model: a regression of the clearing price on {@link SpreadFeatures}, then one of
 * the spread on the same features plus the forecast price against its 14-day median ({@code p_hat - p_med14}, the
 * forecast "rel" of the research note), the training medians that fill missing inputs, and the joint residuals {@code (e_P, e_S)}
 * of the most recent complete training days, which become the scenarios (scenario k = training day k's residuals
 * at every hour, so errors stay joint across hours and between P and S).
 */
public final class SpreadModel {
  private final String id;
  private final Regression clearing;
  private final Regression spread;
  private final double[] fillMedians;
  private final double[][][] residuals;
  private final int publishedHoursOfDayBefore;
  private final Provenance provenance;

  SpreadModel(String id, Regression clearing, Regression spread, double[] fillMedians,
      double[][][] residuals, int publishedHoursOfDayBefore, Provenance provenance) {
    this.id = id;
    this.clearing = clearing;
    this.spread = spread;
    this.fillMedians = fillMedians;
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

  /** The spread regression's row: the features and {@code p_hat - p_med14}. */
  static double[] withForecastRel(double[] x, double pHat) {
    double[] xs = java.util.Arrays.copyOf(x, x.length + 1);
    xs[x.length] = pHat - x[SpreadFeatures.NAMES.indexOf("p_med14")];
    return xs;
  }

  /** The forecast of grid day {@code d} (its features from the grid as published at the run's as-of time). */
  SpreadForecast forecast(PriceGrid g, int d) {
    List<HourSpreadForecast> hours = new ArrayList<>();
    int n = residuals.length;
    for (HourId h : HourId.all()) {
      double[] x = SpreadFeatures.row(g, d, h.index(), publishedHoursOfDayBefore);
      for (int j = 0; j < x.length; j++) {
        if (Double.isNaN(x[j])) {
          x[j] = fillMedians[j];
        }
      }
      double p = clearing.predict(x);
      double s = spread.predict(withForecastRel(x, p));
      double[] ps = new double[n];
      double[] ss = new double[n];
      for (int k = 0; k < n; k++) {
        ps[k] = p + residuals[k][h.index()][0];
        ss[k] = s + residuals[k][h.index()][1];
      }
      hours.add(new HourSpreadForecast(h, ps, ss));
    }
    return new SpreadForecast(g.day(d), id, hours);
  }
}
