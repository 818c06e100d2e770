package org.convergence.connectors.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.convergence.core.energy.MeteredDay;
import org.convergence.core.energy.SiteMeter;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;

/**
 * The site's meter as an AIMLAC exchange serves it: {@code GET /sim/llanwrtyd-wells/30m-average-power} for each
 * half-hour of a delivered day (ours, and the AIMLAC deployment the original system used). An hour's net energy is
 * the mean of its half-hours' average powers (one half-hour when the other has no reading) x 1 h; an hour with
 * neither leaves the day missing. The exchange answers 404 for a half-hour without readings; any other failure
 * leaves the day missing with the exchange's message (so another meter, e.g. imported readings, may serve it).
 */
public final class ExchangeSiteMeter implements SiteMeter {
  private final AimlacExchangeClient client;
  private final String name;
  private final Clock clock;

  public ExchangeSiteMeter(AimlacExchangeClient client, String name, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.name = Objects.requireNonNull(name, "name");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public MeteredDay meter(MarketDay day) {
    Instant now = clock.instant();
    if (day.deliveryEnd().isAfter(now)) {
      return MeteredDay.missing(day, name, "delivery of " + day + " ends at " + day.deliveryEnd() + ", after now ("
          + now + ")");
    }
    List<Double> hours = new ArrayList<>(HourId.LAST);
    List<Integer> unknown = new ArrayList<>();
    for (HourId h : HourId.all()) {
      Interval hour = day.hour(h);
      double sum = 0;
      int n = 0;
      for (Instant start : List.of(hour.start(), hour.start().plus(RecordedSiteReadings.HALF_HOUR))) {
        OptionalDouble w;
        try {
          w = averagePowerW(start);
        } catch (ExchangeException e) {
          return MeteredDay.missing(day, name, name + " failed: " + e.getMessage());
        }
        if (w.isPresent()) {
          sum += w.getAsDouble();
          n++;
        }
      }
      if (n == 0) {
        unknown.add(h.value());
        hours.add(Double.NaN);
      } else {
        hours.add(sum / n * hour.hours() / 1_000_000.0);
      }
    }
    if (!unknown.isEmpty()) {
      return MeteredDay.missing(day, name, name + " has no reading for " + day + " hour"
          + (unknown.size() == 1 ? " " : "s ") + unknown);
    }
    return MeteredDay.complete(day, name, hours, List.of());
  }

  /** The half-hour's average power, or empty when the exchange answers 404 (no reading in it). */
  private OptionalDouble averagePowerW(Instant start) {
    try {
      return OptionalDouble.of(client.averagePowerW(start));
    } catch (ExchangeException e) {
      if (e.getMessage() != null && e.getMessage().contains(": HTTP 404")) {
        return OptionalDouble.empty();
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return "ExchangeSiteMeter[" + name + "]";
  }
}
