package org.convergence.core.energy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;

/**
 * The site's actual hourly net energy from its irregular readings (about every 30 minutes, with gaps). An hour's
 * net energy (MWh) is the mean net power of the readings inside it times one hour. An hour without a reading is
 * interpolated linearly at its midpoint between the nearest readings before and after it when both lie within
 * {@link #MAX_GAP} of the midpoint; otherwise the hour is unknown.
 */
public final class MeteredNet {
  /** The furthest a reading may be from an empty hour's midpoint to be used for it. */
  public static final Duration MAX_GAP = Duration.ofMinutes(90);

  private MeteredNet() {}

  /** The 24 hourly net energies of a market day (hour 1 first), or empty when any hour is unknown. */
  public static Optional<List<Double>> hourlyNetMWh(MarketDay day, SiteReadings readings) {
    List<Double> hours = hourlyNetMWhOrNaN(day, readings);
    return hours.stream().anyMatch(v -> v.isNaN()) ? Optional.empty() : Optional.of(hours);
  }

  /** The 24 hourly net energies of a market day (hour 1 first), {@code NaN} for an unknown hour. */
  public static List<Double> hourlyNetMWhOrNaN(MarketDay day, SiteReadings readings) {
    List<SiteReading> rs = readings.between(day.deliveryStart().minus(MAX_GAP), day.deliveryEnd().plus(MAX_GAP));
    List<Double> out = new ArrayList<>(24);
    for (HourId h : HourId.all()) {
      out.add(hourNetMWh(day.hour(h), rs).orElse(Double.NaN));
    }
    return List.copyOf(out);
  }

  static Optional<Double> hourNetMWh(Interval hour, List<SiteReading> sorted) {
    double sum = 0;
    int n = 0;
    SiteReading before = null;
    SiteReading after = null;
    Instant mid = hour.midpoint();
    for (SiteReading r : sorted) {
      double net = r.netKw();
      if (!Double.isFinite(net)) {
        continue;
      }
      if (hour.contains(r.time())) {
        sum += net;
        n++;
      }
      if (r.time().isBefore(mid)) {
        before = r;
      } else if (after == null) {
        after = r;
      }
    }
    if (n > 0) {
      return Optional.of(sum / n * hour.hours() / 1000.0);
    }
    if (before == null || after == null
        || Duration.between(before.time(), mid).compareTo(MAX_GAP) > 0
        || Duration.between(mid, after.time()).compareTo(MAX_GAP) > 0) {
      return Optional.empty();
    }
    double span = Duration.between(before.time(), after.time()).toMillis();
    double w = span == 0 ? 0 : Duration.between(before.time(), mid).toMillis() / span;
    double kw = before.netKw() + w * (after.netKw() - before.netKw());
    return Optional.of(kw * hour.hours() / 1000.0);
  }
}
