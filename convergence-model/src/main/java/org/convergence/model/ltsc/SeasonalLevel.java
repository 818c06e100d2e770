package org.convergence.model.ltsc;

import java.time.LocalDate;
import org.convergence.model.data.DailySeries;

/**
 * The long-term seasonal component of a price series over a calibration window: the {@link HodrickPrescott} trend of
 * the daily mean prices of the days {@code firstDay .. firstDay + levelByDay.length - 1}, one level per day (EUR/MWh,
 * the same for the 24 hours). Its forecast for any later day is its last value (persistence, as Jedrzejewski et al.
 * 2021 do); before the window it is its first value.
 */
public record SeasonalLevel(LocalDate firstDay, double[] levelByDay) {
  public SeasonalLevel {
    if (levelByDay.length == 0) {
      throw new IllegalArgumentException("a seasonal level needs at least one day");
    }
    levelByDay = levelByDay.clone();
  }

  /**
   * The level of the days with indices {@code from..to} of {@code s} (inclusive), from those days' prices only. A day
   * with some hours missing uses the mean of the others; a day with none takes the previous day's mean (the first
   * days with none, the first mean found).
   *
   * @throws IllegalArgumentException when no day of the range has a price
   */
  public static SeasonalLevel of(DailySeries s, int from, int to, HodrickPrescott filter) {
    if (from < 0 || to >= s.days() || to < from) {
      throw new IllegalArgumentException(s.name() + ": no days " + from + ".." + to + " for a seasonal level");
    }
    double[] mean = new double[to - from + 1];
    double last = Double.NaN;
    for (int d = from; d <= to; d++) {
      double sum = 0;
      int n = 0;
      for (int h = 0; h < DailySeries.HOURS; h++) {
        double v = s.price(d, h);
        if (!Double.isNaN(v)) {
          sum += v;
          n++;
        }
      }
      mean[d - from] = n > 0 ? sum / n : last;
      if (n > 0) {
        last = mean[d - from];
      }
    }
    int firstKnown = 0;
    while (firstKnown < mean.length && Double.isNaN(mean[firstKnown])) {
      firstKnown++;
    }
    if (firstKnown == mean.length) {
      throw new IllegalArgumentException(s.name() + ": no price in " + s.day(from) + ".." + s.day(to)
          + " for a seasonal level");
    }
    for (int i = 0; i < firstKnown; i++) {
      mean[i] = mean[firstKnown];
    }
    return new SeasonalLevel(s.day(from), filter.trend(mean));
  }

  public LocalDate lastDay() {
    return firstDay.plusDays(levelByDay.length - 1L);
  }

  /** The level's last value: its forecast for every later day. */
  public double last() {
    return levelByDay[levelByDay.length - 1];
  }

  /** The level of {@code day}: the window's own, its first value before it, its last value (persistence) after. */
  public double at(LocalDate day) {
    long i = day.toEpochDay() - firstDay.toEpochDay();
    return levelByDay[(int) Math.max(0, Math.min(levelByDay.length - 1, i))];
  }

  @Override
  public double[] levelByDay() {
    return levelByDay.clone();
  }

  /** {@code s} with each day's prices minus that day's level ({@link #at}); exogenous series unchanged. */
  public DailySeries subtractFrom(DailySeries s) {
    double[][] p = new double[s.days()][DailySeries.HOURS];
    double[][][] x = new double[s.exogenousCount()][s.days()][];
    for (int d = 0; d < s.days(); d++) {
      double level = at(s.day(d));
      for (int h = 0; h < DailySeries.HOURS; h++) {
        p[d][h] = s.price(d, h) - level;
      }
      for (int k = 0; k < s.exogenousCount(); k++) {
        double[] row = new double[DailySeries.HOURS];
        for (int h = 0; h < DailySeries.HOURS; h++) {
          row[h] = s.exogenous(k, d, h);
        }
        x[k][d] = row;
      }
    }
    return new DailySeries(s.name(), s.firstDay(), p, s.exogenousNames(), x);
  }
}
