package org.convergence.core.weather;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * Weather sources tried in order (e.g. Met Office, then Open-Meteo, then a recording); the first that serves a
 * complete market day wins. Complete means every half-hour of the day has air temperature and wind speed (the
 * values every source gives); irradiance and cloud may be missing, since some sources have none.
 *
 * <p>A source that throws {@link WeatherUnavailableException} or any other runtime failure, or answers with gaps,
 * is recorded with the reason and the next is asked. Only when none serves does the chain fail, with every
 * reason in the message.
 */
public final class WeatherFallbackChain implements WeatherSource {
  private final List<WeatherSource> sources;
  private final Clock clock;

  public WeatherFallbackChain(List<WeatherSource> sources, Clock clock) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a weather fallback chain needs at least one source");
    }
    this.sources = List.copyOf(sources);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public WeatherFallbackChain(List<WeatherSource> sources) {
    this(sources, Clock.systemUTC());
  }

  public List<WeatherSource> sources() {
    return sources;
  }

  @Override
  public String name() {
    return "chain(" + String.join(" -> ", sources.stream().map(WeatherSource::name).toList()) + ")";
  }

  /** Asks the sources in order and says which served and why the earlier ones did not. */
  public WeatherSelection select(MarketDay day, Instant asOf) {
    List<SourceAttempt> attempts = new ArrayList<>();
    for (WeatherSource source : sources) {
      Instant start = clock.instant();
      try {
        WeatherForecast f = source.forecast(day, asOf);
        Duration took = Duration.between(start, clock.instant());
        String gap = incompleteness(f, day);
        if (gap == null) {
          attempts.add(new SourceAttempt(source.name(), SourceAttempt.Outcome.SERVED, "", took));
          return new WeatherSelection(f, attempts);
        }
        attempts.add(new SourceAttempt(source.name(), SourceAttempt.Outcome.INCOMPLETE, gap, took));
      } catch (RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!(e instanceof WeatherUnavailableException)) {
          reason = e.getClass().getSimpleName() + ": " + reason;
        }
        attempts.add(new SourceAttempt(source.name(), SourceAttempt.Outcome.UNAVAILABLE, reason,
            Duration.between(start, clock.instant())));
      }
    }
    throw new WeatherUnavailableException("no weather source served market day " + day + ": "
        + String.join("; ", attempts.stream().map(SourceAttempt::toString).toList()));
  }

  @Override
  public WeatherForecast forecast(MarketDay day, Instant asOf) {
    return select(day, asOf).forecast();
  }

  /** Why the forecast is not a complete answer for the day, or null when it is. */
  static String incompleteness(WeatherForecast f, MarketDay day) {
    List<WeatherSample> samples = f.samples();
    if (samples.size() != day.halfHours().size()
        || !samples.get(0).interval().equals(day.halfHours().get(0))
        || !samples.get(samples.size() - 1).interval().equals(day.halfHours().get(day.halfHours().size() - 1))) {
      return "does not match the day's 30-minute grid (" + samples.size() + " samples)";
    }
    int missing = 0;
    WeatherSample first = null;
    for (WeatherSample s : samples) {
      if (WeatherSample.isMissing(s.airTemperatureC()) || WeatherSample.isMissing(s.windSpeedMps())) {
        missing++;
        first = first == null ? s : first;
      }
    }
    return missing == 0 ? null : missing + " of " + samples.size()
        + " half-hours lack temperature or wind (first " + first.interval().start() + ")";
  }
}
