package org.convergence.core.energy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * A market day's metered net energy as a {@link SiteMeter} knows it: the 24 hourly nets (MWh, generation - demand,
 * hour 1 first) when every hour is known, else why not; and the raw readings behind it when the meter has them (for
 * the dashboard; empty for a meter that only gives averages).
 */
public record MeteredDay(MarketDay day, String source, Optional<List<Double>> hourlyNetMWh, List<SiteReading> readings,
    String missing) {
  public MeteredDay {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(missing, "missing");
    hourlyNetMWh = hourlyNetMWh.map(List::copyOf);
    readings = List.copyOf(readings);
    hourlyNetMWh.ifPresent(h -> {
      if (h.size() != HourId.LAST || h.stream().anyMatch(v -> !Double.isFinite(v))) {
        throw new IllegalArgumentException(day + ": a metered day has 24 finite hourly nets, was " + h);
      }
    });
  }

  public static MeteredDay complete(MarketDay day, String source, List<Double> hourlyNetMWh,
      List<SiteReading> readings) {
    return new MeteredDay(day, source, Optional.of(hourlyNetMWh), readings, "");
  }

  /** No complete metering: {@code why} says what is missing. */
  public static MeteredDay missing(MarketDay day, String source, String why) {
    return new MeteredDay(day, source, Optional.empty(), List.of(), why);
  }

  public boolean isComplete() {
    return hourlyNetMWh.isPresent();
  }
}
