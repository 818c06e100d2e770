package org.convergence.core.weather;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The forecast a {@link WeatherFallbackChain} chose, which source served it, and why each source tried before it
 * did not. A run report carries this as is.
 */
public record WeatherSelection(WeatherForecast forecast, List<SourceAttempt> attempts) {
  public WeatherSelection {
    Objects.requireNonNull(forecast, "forecast");
    attempts = List.copyOf(attempts);
    if (attempts.isEmpty() || attempts.get(attempts.size() - 1).outcome() != SourceAttempt.Outcome.SERVED) {
      throw new IllegalArgumentException("the last attempt must be the one that served");
    }
  }

  /** Name of the source that served. */
  public String servedBy() {
    return attempts.get(attempts.size() - 1).source();
  }

  /** The sources tried before, with their reasons; empty when the first source served. */
  public List<SourceAttempt> skipped() {
    return attempts.subList(0, attempts.size() - 1);
  }

  /** One line for a log or report, e.g. "weather from open-meteo (metoffice: unavailable - no API key)". */
  public String summary() {
    return "weather from " + servedBy() + (skipped().isEmpty() ? ""
        : " (" + skipped().stream().map(SourceAttempt::toString).collect(Collectors.joining("; ")) + ")");
  }
}
