package org.convergence.model.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Hourly day-ahead prices (and optional exogenous forecast series) arranged by market day: row {@code d} is the
 * day {@code firstDay + d}, column {@code h} the hour 0..23 of that day. A missing value is {@code NaN}.
 *
 * <p>Exogenous series (load, wind forecasts ...) are day-ahead forecasts: the value for day D is known before D's
 * auction. Prices of day D are only known after its auction.
 */
public final class DailySeries {
  public static final int HOURS = 24;

  private final String name;
  private final LocalDate firstDay;
  private final double[][] pricesByDayHour;
  private final List<String> exogenousNames;
  private final double[][][] exogenousBySeriesDayHour;

  public DailySeries(String name, LocalDate firstDay, double[][] pricesByDayHour, List<String> exogenousNames,
      double[][][] exogenousBySeriesDayHour) {
    this.name = Objects.requireNonNull(name, "name");
    this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
    this.pricesByDayHour = pricesByDayHour;
    this.exogenousNames = List.copyOf(exogenousNames);
    this.exogenousBySeriesDayHour = exogenousBySeriesDayHour;
    if (exogenousNames.size() != exogenousBySeriesDayHour.length) {
      throw new IllegalArgumentException("exogenous names and series differ in number");
    }
    for (double[] row : pricesByDayHour) {
      if (row.length != HOURS) {
        throw new IllegalArgumentException("every day needs 24 hourly prices");
      }
    }
    for (double[][] series : exogenousBySeriesDayHour) {
      if (series.length != pricesByDayHour.length) {
        throw new IllegalArgumentException("exogenous series must cover the same days as the prices");
      }
    }
  }

  public String name() {
    return name;
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  public LocalDate lastDay() {
    return firstDay.plusDays(days() - 1L);
  }

  public int days() {
    return pricesByDayHour.length;
  }

  public LocalDate day(int index) {
    return firstDay.plusDays(index);
  }

  /** Row index of a date; may be outside 0..days()-1. */
  public int indexOf(LocalDate date) {
    return (int) (date.toEpochDay() - firstDay.toEpochDay());
  }

  public boolean contains(LocalDate date) {
    int i = indexOf(date);
    return i >= 0 && i < days();
  }

  public double price(int day, int hour) {
    return pricesByDayHour[day][hour];
  }

  /**
   * The price of hour {@code hour} of day {@code day}, or when it is missing (a gap that interpolation within the
   * known prices could not bridge: no trades, or days absent from the file) the same hour of the latest of the
   * {@code maxDaysBack} days before that has it; NaN when none does. Only ever looks back in time.
   */
  public double priceOrEarlier(int day, int hour, int maxDaysBack) {
    return orEarlier(pricesByDayHour, day, hour, maxDaysBack);
  }

  public int exogenousCount() {
    return exogenousNames.size();
  }

  public List<String> exogenousNames() {
    return exogenousNames;
  }

  public double exogenous(int series, int day, int hour) {
    return exogenousBySeriesDayHour[series][day][hour];
  }

  /**
   * As {@link #priceOrEarlier} for an exogenous series: its value for the hour, or when the source lacks it (GB's
   * fundamentals have a few empty cells) the same hour of the latest of the {@code maxDaysBack} days before.
   */
  public double exogenousOrEarlier(int series, int day, int hour, int maxDaysBack) {
    return orEarlier(exogenousBySeriesDayHour[series], day, hour, maxDaysBack);
  }

  private static double orEarlier(double[][] byDayHour, int day, int hour, int maxDaysBack) {
    for (int k = 0; k <= maxDaysBack && day - k >= 0; k++) {
      double v = byDayHour[day - k][hour];
      if (!Double.isNaN(v)) {
        return v;
      }
    }
    return Double.NaN;
  }

  /** Number of missing (NaN) prices. */
  public int missingPrices() {
    int n = 0;
    for (double[] row : pricesByDayHour) {
      for (double v : row) {
        if (Double.isNaN(v)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The information set for forecasting {@code target}: the same series with the prices of every day after
   * {@code lastKnownDay} masked (NaN). Exogenous forecasts stay (they are day-ahead forecasts, known before the
   * auction of their day). Days after {@code target} are dropped.
   */
  public DailySeries knownUpTo(LocalDate lastKnownDay, LocalDate target) {
    return knownUpTo(lastKnownDay, target, 0);
  }

  /**
   * As {@link #knownUpTo(LocalDate, LocalDate)}, but the first {@code partialDayHours} hours of the day after
   * {@code lastKnownDay} stay known too: on GB the hours of D-1 delivered (and so published) by the run's as-of
   * time on D-1. That day must come before {@code target}.
   */
  public DailySeries knownUpTo(LocalDate lastKnownDay, LocalDate target, int partialDayHours) {
    if (partialDayHours < 0 || partialDayHours > HOURS) {
      throw new IllegalArgumentException("partial-day hours must be 0..24, not " + partialDayHours);
    }
    if (partialDayHours > 0 && !lastKnownDay.plusDays(1).isBefore(target)) {
      throw new IllegalArgumentException("the partly known day " + lastKnownDay.plusDays(1) + " is not before "
          + target);
    }
    int end = Math.min(days(), indexOf(target) + 1);
    int lastKnown = indexOf(lastKnownDay);
    double[][] p = new double[end][];
    for (int d = 0; d < end; d++) {
      if (d <= lastKnown) {
        p[d] = pricesByDayHour[d];
      } else {
        p[d] = new double[HOURS];
        Arrays.fill(p[d], Double.NaN);
        if (d == lastKnown + 1) {
          System.arraycopy(pricesByDayHour[d], 0, p[d], 0, partialDayHours);
        }
      }
    }
    double[][][] x = new double[exogenousCount()][][];
    for (int k = 0; k < x.length; k++) {
      x[k] = Arrays.copyOf(exogenousBySeriesDayHour[k], end);
    }
    return new DailySeries(name, firstDay, p, exogenousNames, x);
  }

  /**
   * The same prices under {@code name} with {@code names} as its exogenous series instead of its own (each
   * {@code [day][hour]} over the same days, NaN where missing).
   */
  public DailySeries withExogenous(String name, List<String> names, double[][][] bySeriesDayHour) {
    return new DailySeries(name, firstDay, pricesByDayHour, names, bySeriesDayHour);
  }

  /** The days from..to (inclusive) only. */
  public DailySeries slice(LocalDate from, LocalDate to) {
    int a = indexOf(from);
    int b = indexOf(to);
    if (a < 0 || b >= days() || b < a) {
      throw new IllegalArgumentException(name + " holds " + firstDay + ".." + lastDay() + ", cannot slice "
          + from + ".." + to);
    }
    double[][] p = Arrays.copyOfRange(pricesByDayHour, a, b + 1);
    double[][][] x = new double[exogenousCount()][][];
    for (int k = 0; k < x.length; k++) {
      x[k] = Arrays.copyOfRange(exogenousBySeriesDayHour[k], a, b + 1);
    }
    return new DailySeries(name, from, p, exogenousNames, x);
  }

  /**
   * A copy in which each gap of missing prices with known prices on both sides is filled by linear interpolation
   * in time; leading and trailing gaps (and so prices masked by {@link #knownUpTo}) stay missing. Used for features
   * only: evaluation scores the original series and skips missing outcomes.
   */
  public DailySeries withGapsInterpolated() {
    int n = days() * HOURS;
    double[] flat = new double[n];
    for (int i = 0; i < n; i++) {
      flat[i] = pricesByDayHour[i / HOURS][i % HOURS];
    }
    int prev = -1;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(flat[i])) {
        continue;
      }
      if (prev >= 0 && prev < i - 1) {
        for (int j = prev + 1; j < i; j++) {
          flat[j] = flat[prev] + (flat[i] - flat[prev]) * (j - prev) / (double) (i - prev);
        }
      }
      prev = i;
    }
    double[][] p = new double[days()][HOURS];
    for (int i = 0; i < n; i++) {
      p[i / HOURS][i % HOURS] = flat[i];
    }
    return new DailySeries(name, firstDay, p, exogenousNames, exogenousBySeriesDayHour);
  }
}
