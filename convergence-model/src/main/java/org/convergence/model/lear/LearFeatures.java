package org.convergence.model.lear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.convergence.model.data.DailySeries;

/**
 * LEAR inputs for a day D (Lago et al. 2021): the 24 prices of each day in {@code priceLagDays} (D-1, D-2, D-3,
 * D-7 in the paper), the 24 values of each exogenous series at each day in {@code exogenousLagDays} (D, D-1, D-7),
 * then 7 day-of-week dummies (Monday first). For GB under the AIMLAC gate the full-day price lags start at D-2, and
 * {@code partialDayHours} > 0 adds the first hours of D-1 (those delivered, and so published, by the run's as-of
 * time on D-1) after the price lags.
 */
public record LearFeatures(int[] priceLagDays, int[] exogenousLagDays, int partialDayHours) {
  public static final int DUMMIES = 7;

  public LearFeatures {
    if (partialDayHours < 0 || partialDayHours > 23) {
      throw new IllegalArgumentException("partial-day hours must be 0..23, not " + partialDayHours);
    }
  }

  public LearFeatures(int[] priceLagDays, int[] exogenousLagDays) {
    this(priceLagDays, exogenousLagDays, 0);
  }

  public static LearFeatures paper() {
    return new LearFeatures(new int[] {1, 2, 3, 7}, new int[] {0, 1, 7});
  }

  /** GB: D-1's prices are not all known at the gate (D-1 09:00Z); use the latest complete days. */
  public static LearFeatures gateShifted() {
    return new LearFeatures(new int[] {2, 3, 4, 7}, new int[] {0, 1, 7});
  }

  /**
   * GB with the hours of D-1 known at the run: D-2, D-3, D-4 and D-7 in full and hours 1..{@code deliveredHours}
   * of D-1.
   */
  public static LearFeatures gateWithDeliveredHours(int deliveredHours) {
    return new LearFeatures(new int[] {2, 3, 4, 7}, new int[] {0, 1, 7}, deliveredHours);
  }

  public int maxLag() {
    int m = 0;
    for (int l : priceLagDays) {
      m = Math.max(m, l);
    }
    if (partialDayHours > 0) {
      m = Math.max(m, 1);
    }
    for (int l : exogenousLagDays) {
      m = Math.max(m, l);
    }
    return m;
  }

  public int minPriceLag() {
    int m = Integer.MAX_VALUE;
    for (int l : priceLagDays) {
      m = Math.min(m, l);
    }
    return m;
  }

  public int count(int exogenousSeries) {
    return 24 * priceLagDays.length + partialDayHours + 24 * exogenousSeries * exogenousLagDays.length + DUMMIES;
  }

  /**
   * The feature row a model forecasts {@code target} from, refused with one line naming the data when its lag days
   * fall outside {@code known} or are incomplete (LEAR's window models and the MLP read it alike).
   */
  public double[] forecastRow(DailySeries known, LocalDate target) {
    int t = known.indexOf(target);
    if (t - maxLag() < 0 || t >= known.days()) {
      throw new IllegalArgumentException(known.name() + ": no inputs for " + target + " (data "
          + known.firstDay() + ".." + known.lastDay() + ")");
    }
    double[] x = row(known, t);
    if (!complete(x)) {
      throw new IllegalArgumentException(known.name() + ": inputs for " + target + " are incomplete (missing "
          + "prices or exogenous values in the lag days)");
    }
    return x;
  }

  /**
   * The feature row of the day with index {@code day}; NaN where an input is missing, and the
   * {@link #IMPUTE_DAYS} days before it lack it too.
   */
  public double[] row(DailySeries s, int day) {
    double[] x = new double[count(s.exogenousCount())];
    int f = 0;
    for (int lag : priceLagDays) {
      for (int h = 0; h < 24; h++) {
        x[f++] = price(s, day - lag, h);
      }
    }
    for (int h = 0; h < partialDayHours; h++) {
      x[f++] = price(s, day - 1, h);
    }
    for (int k = 0; k < s.exogenousCount(); k++) {
      for (int lag : exogenousLagDays) {
        for (int h = 0; h < 24; h++) {
          x[f++] = s.exogenousOrEarlier(k, day - lag, h, IMPUTE_DAYS);
        }
      }
    }
    LocalDate date = s.day(day);
    x[f + date.getDayOfWeek().getValue() - 1] = 1;
    return x;
  }

  /** Complete training days: the feature row ({@link #row}) and the 24 prices of each, and its day, in day order. */
  public record Samples(double[][] x, double[][] y, LocalDate[] days) {
    public int size() {
      return x.length;
    }
  }

  /**
   * The training samples of the days with index {@code first..last} of {@code s}: every day whose feature row and
   * 24 prices are complete (the others left out). The one design LEAR and the MLP ({@code model.mlp}) both fit on.
   */
  public Samples samples(DailySeries s, int first, int last) {
    List<double[]> xs = new ArrayList<>();
    List<double[]> ys = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    for (int d = first; d <= last; d++) {
      double[] x = row(s, d);
      double[] y = new double[24];
      for (int h = 0; h < 24; h++) {
        y[h] = s.price(d, h);
      }
      if (complete(x) && complete(y)) {
        xs.add(x);
        ys.add(y);
        days.add(s.day(d));
      }
    }
    return new Samples(xs.toArray(double[][]::new), ys.toArray(double[][]::new), days.toArray(LocalDate[]::new));
  }

  /**
   * Days back a missing input price or exogenous value is taken from (the same hour of the latest earlier day that
   * has it).
   */
  public static final int IMPUTE_DAYS = 7;

  /** The price of hour h of day d, or the same hour of the latest of the {@link #IMPUTE_DAYS} days before. */
  static double price(DailySeries s, int d, int h) {
    return s.priceOrEarlier(d, h, IMPUTE_DAYS);
  }

  public List<String> names(List<String> exogenousNames) {
    List<String> names = new ArrayList<>();
    for (int lag : priceLagDays) {
      for (int h = 0; h < 24; h++) {
        names.add("price[D-" + lag + "][h" + h + "]");
      }
    }
    for (int h = 0; h < partialDayHours; h++) {
      names.add("price[D-1][h" + h + "]");
    }
    for (String e : exogenousNames) {
      for (int lag : exogenousLagDays) {
        for (int h = 0; h < 24; h++) {
          names.add(e.trim() + "[D" + (lag == 0 ? "" : "-" + lag) + "][h" + h + "]");
        }
      }
    }
    for (String d : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
      names.add("dow=" + d);
    }
    return names;
  }

  public static boolean complete(double[] x) {
    for (double v : x) {
      if (Double.isNaN(v)) {
        return false;
      }
    }
    return true;
  }
}
