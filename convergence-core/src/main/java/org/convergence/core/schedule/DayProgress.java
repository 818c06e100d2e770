package org.convergence.core.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.convergence.core.time.MarketDay;

/**
 * What is done for one market day, as the store and the daemon know it.
 *
 * @param traded a run for the day completed before its gate (the exchange holds the plan, or the plan was empty)
 * @param settled the day's settlement is stored
 * @param runFailures failed run attempts in a row (a run that could not be verified counts)
 * @param lastRunAttempt when the last run attempt started
 * @param lastSettleAttempt when the last settlement attempt started (that left the day pending or failed)
 * @param missReported the missed gate of this day was already reported
 */
public record DayProgress(MarketDay day, boolean traded, boolean settled, int runFailures,
    Optional<Instant> lastRunAttempt, Optional<Instant> lastSettleAttempt, boolean missReported) {
  public DayProgress {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(lastRunAttempt, "lastRunAttempt");
    Objects.requireNonNull(lastSettleAttempt, "lastSettleAttempt");
    if (runFailures < 0) {
      throw new IllegalArgumentException("runFailures must not be negative, was " + runFailures);
    }
  }

  /** Nothing done yet for the day. */
  public static DayProgress none(MarketDay day) {
    return new DayProgress(day, false, false, 0, Optional.empty(), Optional.empty(), false);
  }

  public DayProgress withTraded() {
    return new DayProgress(day, true, settled, 0, lastRunAttempt, lastSettleAttempt, missReported);
  }

  public DayProgress withSettled() {
    return new DayProgress(day, traded, true, runFailures, lastRunAttempt, lastSettleAttempt, missReported);
  }

  /** One more failed run attempt, started at {@code at}. */
  public DayProgress withRunFailure(Instant at) {
    return new DayProgress(day, traded, settled, runFailures + 1, Optional.of(at), lastSettleAttempt, missReported);
  }

  /** A settlement attempt started at {@code at} that left the day unsettled. */
  public DayProgress withSettleAttempt(Instant at) {
    return new DayProgress(day, traded, settled, runFailures, lastRunAttempt, Optional.of(at), missReported);
  }

  public DayProgress withMissReported() {
    return new DayProgress(day, traded, settled, runFailures, lastRunAttempt, lastSettleAttempt, true);
  }
}
