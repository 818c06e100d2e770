package org.convergence.cloud;

import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * The result of one {@code /update}: whether the run succeeded (a failed run answers 500, so Cloud Scheduler
 * retries it) and the run report as JSON, returned verbatim to the caller.
 */
public record UpdateOutcome(MarketDay day, boolean succeeded, String reportJson) {
  public UpdateOutcome {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(reportJson, "reportJson");
  }
}
