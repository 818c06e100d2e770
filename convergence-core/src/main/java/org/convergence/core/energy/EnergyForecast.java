package org.convergence.core.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;

/** Expected generation and demand of the site over a market day, per half-hour. */
public record EnergyForecast(MarketDay day, List<EnergyInterval> halfHours, List<String> warnings) {
  public EnergyForecast {
    Objects.requireNonNull(day, "day");
    halfHours = List.copyOf(halfHours);
    warnings = List.copyOf(warnings);
    List<Interval> expected = day.halfHours();
    if (halfHours.size() != expected.size()) {
      throw new IllegalArgumentException("an energy forecast for " + day + " needs " + expected.size()
          + " half-hours, has " + halfHours.size());
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!halfHours.get(i).interval().equals(expected.get(i))) {
        throw new IllegalArgumentException("half-hour " + i + " of " + day + " should be " + expected.get(i)
            + ", is " + halfHours.get(i).interval());
      }
    }
  }

  /** The 24 hourly sums, hour 1 first. */
  public List<EnergyInterval> hours() {
    List<EnergyInterval> out = new ArrayList<>(24);
    for (HourId h : HourId.all()) {
      EnergyInterval a = halfHours.get(2 * h.index());
      EnergyInterval b = halfHours.get(2 * h.index() + 1);
      out.add(new EnergyInterval(day.hour(h), a.windKWh() + b.windKWh(), a.solarKWh() + b.solarKWh(),
          a.demandKWh() + b.demandKWh()));
    }
    return out;
  }

  /** Expected net energy of an hour, MWh (positive = surplus to sell). */
  public double netMWh(HourId hour) {
    return (halfHours.get(2 * hour.index()).netKWh() + halfHours.get(2 * hour.index() + 1).netKWh()) / 1000.0;
  }
}
