package org.convergence.model.lear;

import java.time.LocalDate;
import org.convergence.model.DayForecast;
import org.convergence.model.PriceModel;
import org.convergence.model.data.DailySeries;
import org.convergence.model.ltsc.SeasonalLevel;

/**
 * One calibrated LEAR model (one calibration window): 24 hourly LASSO regressions on the asinh-scaled features.
 * Its fields are everything a model file needs to reproduce its forecasts.
 *
 * <p>With a {@code seasonalLevel} (the seasonal-component variant, {@code lear-scar}) the model was fitted on the
 * prices minus that long-term level (target and lagged prices alike; exogenous inputs as they are): it forecasts from
 * the known prices minus the same level and adds back the level's last value (persistence).
 *
 * @param coefficients {@code [hour][feature]} in the scaled feature space
 * @param seasonalLevel the long-term seasonal component of the calibration window, or null for plain LEAR
 */
public record LearWindowModel(int windowDays, LocalDate trainFrom, LocalDate trainTo, LearFeatures features,
    RobustAsinhScaler inputScaler, RobustAsinhScaler outputScaler, double[] alphaByHour, double[] interceptByHour,
    double[][] coefficients, SeasonalLevel seasonalLevel) implements PriceModel {

  /** Plain LEAR (no seasonal component). */
  public LearWindowModel(int windowDays, LocalDate trainFrom, LocalDate trainTo, LearFeatures features,
      RobustAsinhScaler inputScaler, RobustAsinhScaler outputScaler, double[] alphaByHour, double[] interceptByHour,
      double[][] coefficients) {
    this(windowDays, trainFrom, trainTo, features, inputScaler, outputScaler, alphaByHour, interceptByHour,
        coefficients, null);
  }

  @Override
  public String id() {
    return "lear-" + windowDays + "d" + (seasonalLevel == null ? "" : "-ltsc") + "@" + trainTo;
  }

  @Override
  public int partialDayHours() {
    return features.partialDayHours();
  }

  @Override
  public DayForecast forecast(DailySeries known, LocalDate target) {
    if (seasonalLevel != null) {
      known = seasonalLevel.subtractFrom(known);
    }
    double levelForecast = seasonalLevel == null ? 0 : seasonalLevel.last();
    double[] x = features.forecastRow(known, target);
    double[] z = scale(x);
    double[] point = new double[24];
    for (int h = 0; h < 24; h++) {
      double s = interceptByHour[h];
      double[] b = coefficients[h];
      for (int j = 0; j < z.length; j++) {
        s += b[j] * z[j];
      }
      point[h] = outputScaler.inverse(h, s) + levelForecast;
    }
    return DayForecast.pointOnly(target, point);
  }

  double[] scale(double[] x) {
    int scaled = x.length - LearFeatures.DUMMIES;
    double[] z = x.clone();
    for (int j = 0; j < scaled; j++) {
      z[j] = inputScaler.transform(j, x[j]);
    }
    return z;
  }

  /** Number of non-zero coefficients of each hour's model. */
  public int[] nonZeroByHour() {
    int[] nz = new int[24];
    for (int h = 0; h < 24; h++) {
      for (double v : coefficients[h]) {
        if (v != 0) {
          nz[h]++;
        }
      }
    }
    return nz;
  }
}
