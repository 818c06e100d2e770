package org.convergence.model.lear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.convergence.model.data.DailySeries;

/**
 * LEAR inputs for a day D (Lago et al. 2021): the 24 prices of each day in {@code priceLagDays} (D-1, D-2, D-3,
 * D-7 in the paper), the 24 values of each exogenous series at each day in {@code exogenousLagDays} (D, D-1, D-7),
 * then 7 day-of-week dummies (Monday first). For GB under the AIMLAC gate the price lags start at D-2.
 */
public record LearFeatures(int[] priceLagDays, int[] exogenousLagDays) {
  public static final int DUMMIES = 7;

  public static LearFeatures paper() {
    return new LearFeatures(new int[] {1, 2, 3, 7}, new int[] {0, 1, 7});
  }

  /** GB: D-1's prices are not all known at the gate (D-1 09:00Z); use the latest complete days. */
  public static LearFeatures gateShifted() {
    return new LearFeatures(new int[] {2, 3, 4, 7}, new int[] {0, 1, 7});
  }

  public int maxLag() {
    int m = 0;
    for (int l : priceLagDays) {
      m = Math.max(m, l);
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
    return 24 * priceLagDays.length + 24 * exogenousSeries * exogenousLagDays.length + DUMMIES;
  }

  /** The feature row of the day with index {@code day}; NaN where an input is missing. */
  public double[] row(DailySeries s, int day) {
    double[] x = new double[count(s.exogenousCount())];
    int f = 0;
    for (int lag : priceLagDays) {
      for (int h = 0; h < 24; h++) {
        x[f++] = s.price(day - lag, h);
      }
    }
    for (int k = 0; k < s.exogenousCount(); k++) {
      for (int lag : exogenousLagDays) {
        for (int h = 0; h < 24; h++) {
          x[f++] = s.exogenous(k, day - lag, h);
        }
      }
    }
    LocalDate date = s.day(day);
    x[f + date.getDayOfWeek().getValue() - 1] = 1;
    return x;
  }

  public List<String> names(List<String> exogenousNames) {
    List<String> names = new ArrayList<>();
    for (int lag : priceLagDays) {
      for (int h = 0; h < 24; h++) {
        names.add("price[D-" + lag + "][h" + h + "]");
      }
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

  static boolean complete(double[] x) {
    for (double v : x) {
      if (Double.isNaN(v)) {
        return false;
      }
    }
    return true;
  }
}
