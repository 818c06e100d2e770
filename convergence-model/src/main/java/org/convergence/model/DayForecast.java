package org.convergence.model;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A model's forecast of one day: the point forecast of each hour 0..23 and, when the model gives them, quantiles
 * {@code quantiles[level][hour]} at {@code levels} (increasing).
 */
public record DayForecast(LocalDate day, double[] pointByHour, double[] levels, double[][] quantilesByLevelHour) {
  public DayForecast {
    if (pointByHour.length != 24) {
      throw new IllegalArgumentException("a day forecast needs 24 hours, has " + pointByHour.length);
    }
    if (levels.length != quantilesByLevelHour.length) {
      throw new IllegalArgumentException("one quantile row per level");
    }
  }

  public static DayForecast pointOnly(LocalDate day, double[] point) {
    return new DayForecast(day, point, new double[0], new double[0][]);
  }

  public boolean hasQuantiles() {
    return levels.length > 0;
  }

  /** The quantile at exactly one of {@link #levels()}. */
  public double quantile(double level, int hour) {
    for (int i = 0; i < levels.length; i++) {
      if (Math.abs(levels[i] - level) < 1e-9) {
        return quantilesByLevelHour[i][hour];
      }
    }
    throw new IllegalArgumentException("no quantile at level " + level + " (has " + Arrays.toString(levels) + ")");
  }
}
