package org.convergence.core.schedule;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/** What the daemon should do now; the {@link SchedulePolicy} picks exactly one. */
public sealed interface ScheduledAction {
  /** Run the daily job for {@code day} (its gate is still open); {@code attempt} counts from 1. */
  record RunDay(MarketDay day, int attempt) implements ScheduledAction {
    public RunDay {
      Objects.requireNonNull(day, "day");
    }
  }

  /** Settle {@code day}, traded and delivered. */
  record SettleDay(MarketDay day) implements ScheduledAction {
    public SettleDay {
      Objects.requireNonNull(day, "day");
    }
  }

  /** {@code day}'s gate closed without a completed run: alert once. */
  record ReportMissedGate(MarketDay day, String reason) implements ScheduledAction {
    public ReportMissedGate {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Send the "alive" heartbeat. */
  record Heartbeat() implements ScheduledAction {}

  /** Nothing to do before {@code until} (then ask again); {@code reason} names what comes next. */
  record Idle(Instant until, String reason) implements ScheduledAction {
    public Idle {
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
