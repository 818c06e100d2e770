package org.convergence.core.energy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * Port: the site's meter, as the settlement of a traded day needs it: a delivered day's 24 hourly net energies.
 * Implementations: {@link #of} over recorded or imported readings (in memory or the store), the exchange's {@code
 * /sim/llanwrtyd-wells} endpoints (connectors), and {@link #firstComplete} trying several in order. A meter never
 * makes a value up: an hour it cannot measure leaves the day missing, with the reason. Checked by {@code
 * SiteMeterContract} in core's test-jar.
 */
public interface SiteMeter {
  /** How the meter is named in a settlement's sources. */
  String name();

  /** The day's metered net energy as known now; missing (with the reason) until every hour is known. */
  MeteredDay meter(MarketDay day);

  /**
   * A meter over readings (the bundled recording, imported readings in the store): hours from {@link MeteredNet},
   * only readings taken by the clock's instant, and only once the day's delivery has ended by it.
   */
  static SiteMeter of(String name, SiteReadings readings, Clock clock) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(readings, "readings");
    Objects.requireNonNull(clock, "clock");
    return new SiteMeter() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public MeteredDay meter(MarketDay day) {
        Instant now = clock.instant();
        if (day.deliveryEnd().isAfter(now)) {
          return MeteredDay.missing(day, name, "delivery of " + day + " ends at " + day.deliveryEnd()
              + ", after now (" + now + ")");
        }
        SiteReadings known = (from, to) -> from.isBefore(now) ? readings.between(from, to.isAfter(now) ? now : to)
            : List.of();
        List<Double> hours = MeteredNet.hourlyNetMWhOrNaN(day, known);
        List<Integer> unknown = new ArrayList<>();
        for (HourId h : HourId.all()) {
          if (hours.get(h.index()).isNaN()) {
            unknown.add(h.value());
          }
        }
        if (!unknown.isEmpty()) {
          return MeteredDay.missing(day, name, name + " has no reading for " + day + " hour"
              + (unknown.size() == 1 ? " " : "s ") + unknown);
        }
        return MeteredDay.complete(day, name, hours, known.between(day.deliveryStart(), day.deliveryEnd()));
      }

      @Override
      public String toString() {
        return "SiteMeter[" + name + "]";
      }
    };
  }

  /** Tries the meters in order; the first that knows the whole day counts, else every meter's reason. */
  static SiteMeter firstComplete(List<SiteMeter> meters) {
    List<SiteMeter> all = List.copyOf(meters);
    return new SiteMeter() {
      @Override
      public String name() {
        return all.stream().map(SiteMeter::name).reduce((a, b) -> a + ", then " + b).orElse("no meter");
      }

      @Override
      public MeteredDay meter(MarketDay day) {
        if (all.isEmpty()) {
          return MeteredDay.missing(day, "no meter", "no meter source is configured for " + day);
        }
        List<String> reasons = new ArrayList<>();
        for (SiteMeter m : all) {
          MeteredDay d = m.meter(day);
          if (d.isComplete()) {
            return d;
          }
          reasons.add(d.missing());
        }
        return MeteredDay.missing(day, name(), String.join("; ", reasons));
      }
    };
  }
}
