package org.convergence.core.weather;

import java.time.Duration;
import java.util.Objects;

/**
 * What happened when a {@link WeatherFallbackChain} asked one source: it served, or why it did not.
 *
 * @param source the source's name
 * @param outcome served, unavailable (could not answer) or incomplete (answered with gaps)
 * @param reason why it did not serve, in words fit for a run report ("" when it served)
 * @param took time spent asking it
 */
public record SourceAttempt(String source, Outcome outcome, String reason, Duration took) {
  public enum Outcome { SERVED, UNAVAILABLE, INCOMPLETE }

  public SourceAttempt {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(took, "took");
  }

  @Override
  public String toString() {
    return source + ": " + (outcome == Outcome.SERVED ? "served" : outcome.name().toLowerCase() + " - " + reason);
  }
}
