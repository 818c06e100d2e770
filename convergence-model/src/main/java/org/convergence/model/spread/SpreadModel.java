package org.convergence.model.spread;

import java.util.ArrayList;
import java.util.List;
import org.convergence.core.price.HourSpreadForecast;
import org.convergence.core.price.PublishedPrices;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.time.HourId;
import org.convergence.model.file.Provenance;
import smile.data.Tuple;
import smile.regression.GradientTreeBoost;

/**
 * One calibration of the spread model: regressions of the clearing price and of the spread on
 * {@link SpreadFeatures}, the training medians that fill missing inputs, and the joint residuals {@code (e_P, e_S)}
 * of the most recent complete training days, which become the scenarios (scenario k = training day k's residuals
 * at every hour, so errors stay joint across hours and between P and S).
 */
public final class SpreadModel {
  private final String id;
  private final GradientTreeBoost clearing;
  private final GradientTreeBoost spread;
  private final double[] fillMedians;
  private final double[][][] residuals;
  private final int publishedHoursOfDayBefore;
  private final Provenance provenance;

  SpreadModel(String id, GradientTreeBoost clearing, GradientTreeBoost spread, double[] fillMedians,
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

  /** The forecast of grid day {@code d} (its features from the grid as published at the run's as-of time). */
  SpreadForecast forecast(PublishedPrices g, int d) {
    List<HourSpreadForecast> hours = new ArrayList<>();
    int n = residuals.length;
    for (HourId h : HourId.all()) {
      double[] x = SpreadFeatures.row(g, d, h.index(), publishedHoursOfDayBefore);
      for (int j = 0; j < x.length; j++) {
        if (Double.isNaN(x[j])) {
          x[j] = fillMedians[j];
        }
      }
      double p = clearing.predict(Tuple.of(x, clearing.schema()));
      double s = spread.predict(Tuple.of(x, spread.schema()));
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
