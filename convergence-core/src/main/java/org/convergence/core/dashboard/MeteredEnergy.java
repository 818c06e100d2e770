package org.convergence.core.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.time.Interval;

/**
 * Metered energy of the site per half-hour from its irregular power readings: the mean power of the readings taken
 * within the half-hour times half an hour. A half-hour without a complete reading has no metered energy (never a
 * zero).
 */
public final class MeteredEnergy {
  private MeteredEnergy() {}

  /** The metered energy of the interval, empty when no complete reading falls within it. */
  public static Optional<EnergyInterval> over(Interval interval, List<SiteReading> readings) {
    double wind = 0;
    double solar = 0;
    double demand = 0;
    int n = 0;
    for (SiteReading r : readings) {
      if (interval.contains(r.time()) && isComplete(r)) {
        wind += r.windKw();
        solar += r.solarKw();
        demand += r.demandKw();
        n++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    double hours = interval.hours();
    return Optional.of(new EnergyInterval(interval, wind / n * hours, solar / n * hours, demand / n * hours));
  }

  /** {@link #over} for each interval, in order. */
  public static List<Optional<EnergyInterval>> over(List<Interval> intervals, List<SiteReading> readings) {
    List<Optional<EnergyInterval>> out = new ArrayList<>(intervals.size());
    for (Interval i : intervals) {
      out.add(over(i, readings));
    }
    return out;
  }

  private static boolean isComplete(SiteReading r) {
    return r.windKw() >= 0 && r.solarKw() >= 0 && r.officeKw() >= 0 && r.computingCentreKw() >= 0
        && Double.isFinite(r.windKw() + r.solarKw() + r.officeKw() + r.computingCentreKw());
  }
}
