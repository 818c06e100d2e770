package org.convergence.model.lear;

import java.time.LocalDate;
import java.util.List;
import org.convergence.model.DayForecast;
import org.convergence.model.PriceModel;
import org.convergence.model.data.DailySeries;

/** The LEAR ensemble: the hour-by-hour mean of the point forecasts of several calibration windows. */
public record LearEnsemble(List<LearWindowModel> members) implements PriceModel {
  public LearEnsemble {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a LEAR ensemble needs at least one member");
    }
  }

  @Override
  public String id() {
    return "lear-ensemble" + members.stream().map(m -> String.valueOf(m.windowDays())).toList() + "@"
        + members.get(0).trainTo();
  }

  @Override
  public int partialDayHours() {
    return members.get(0).partialDayHours();
  }

  @Override
  public DayForecast forecast(DailySeries known, LocalDate target) {
    double[] mean = new double[24];
    for (LearWindowModel m : members) {
      double[] p = m.forecast(known, target).pointByHour();
      for (int h = 0; h < 24; h++) {
        mean[h] += p[h] / members.size();
      }
    }
    return DayForecast.pointOnly(target, mean);
  }
}
