package org.convergence.model.lear;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.convergence.model.DayForecast;
import org.convergence.model.PriceModel;
import org.convergence.model.data.DailySeries;

/**
 * The LEAR ensemble: the hour-by-hour combination (mean, as the paper, or median) of the point forecasts of several
 * calibration windows.
 */
public record LearEnsemble(List<LearWindowModel> members, Combination combination) implements PriceModel {
  /** How the members' forecasts of an hour are combined. */
  public enum Combination {
    MEAN,
    MEDIAN;

    /** The combination of {@code values} (not modified). */
    public double of(double[] values) {
      if (this == MEAN) {
        double s = 0;
        for (double v : values) {
          s += v / values.length;
        }
        return s;
      }
      double[] v = values.clone();
      Arrays.sort(v);
      int n = v.length;
      return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Hour by hour: the weighted sum of the members' values {@code byMember[member][hour]}, members in order. */
    public static double[] weightedByHour(double[][] byMember, double[] weights) {
      double[] out = new double[byMember[0].length];
      for (int m = 0; m < byMember.length; m++) {
        for (int h = 0; h < out.length; h++) {
          out[h] += weights[m] * byMember[m][h];
        }
      }
      return out;
    }

    /** Hour by hour: the combination of the members' values {@code byMember[member][hour]}. */
    public double[] byHour(double[][] byMember) {
      int hours = byMember[0].length;
      double[] out = new double[hours];
      double[] hour = new double[byMember.length];
      for (int h = 0; h < hours; h++) {
        for (int m = 0; m < byMember.length; m++) {
          hour[m] = byMember[m][h];
        }
        out[h] = of(hour);
      }
      return out;
    }
  }

  public LearEnsemble {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a LEAR ensemble needs at least one member");
    }
  }

  /** The paper's ensemble: the mean over the windows. */
  public LearEnsemble(List<LearWindowModel> members) {
    this(members, Combination.MEAN);
  }

  @Override
  public String id() {
    return "lear-ensemble" + (combination == Combination.MEAN ? "" : "-" + combination.name().toLowerCase())
        + members.stream().map(m -> String.valueOf(m.windowDays())).toList() + "@" + members.get(0).trainTo();
  }

  @Override
  public int partialDayHours() {
    return members.get(0).partialDayHours();
  }

  @Override
  public DayForecast forecast(DailySeries known, LocalDate target) {
    return DayForecast.pointOnly(target, combination.byHour(pointsByMember(members, known, target)));
  }

  /** Each member's point forecast of {@code target}, {@code [member][hour]} (any ensemble of price models). */
  public static double[][] pointsByMember(List<? extends PriceModel> members, DailySeries known, LocalDate target) {
    double[][] byMember = new double[members.size()][];
    for (int m = 0; m < members.size(); m++) {
      byMember[m] = members.get(m).forecast(known, target).pointByHour();
    }
    return byMember;
  }
}
