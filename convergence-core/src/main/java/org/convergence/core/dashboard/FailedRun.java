package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * A run that failed, as the dashboard index records it (even when no day was published): the dashboard shows a
 * banner until a later successful publication of this day or a later one replaces it.
 *
 * @param message one line: what failed (and what had already been sent to the exchange)
 */
public record FailedRun(MarketDay day, Instant failedAt, String message) {
  public FailedRun {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(failedAt, "failedAt");
    Objects.requireNonNull(message, "message");
  }

  /** Whether publishing {@code published} (a successful run or settlement) ends this failure's banner. */
  boolean clearedBy(DashboardDay published) {
    return published.day().compareTo(day) >= 0 && published.generatedAt().isAfter(failedAt);
  }
}
