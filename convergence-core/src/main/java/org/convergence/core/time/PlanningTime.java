package org.convergence.core.time;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When each market day D is planned: a UTC time of day on D-1, before the 09:00Z gate (settings {@code
 * schedule.run_at}, default 08:30). The daily run, the daemon and the backtest plan at the same instant, so a replay
 * of a day sees exactly the inputs the backtest saw.
 */
public record PlanningTime(LocalTime runAtUtc) {
  public static final PlanningTime DEFAULT = new PlanningTime(LocalTime.of(8, 30));

  public PlanningTime {
    Objects.requireNonNull(runAtUtc, "runAtUtc");
    if (!runAtUtc.isBefore(MarketDay.GATE_CLOSURE_UTC)) {
      throw new IllegalArgumentException("the planning time " + runAtUtc + " (UTC, on D-1) must be before the gate"
          + " at " + MarketDay.GATE_CLOSURE_UTC);
    }
  }

  /** The instant at which {@code day} is planned: D-1 at {@link #runAtUtc()}. */
  public Instant on(MarketDay day) {
    return day.date().minusDays(1).atTime(runAtUtc).toInstant(ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return runAtUtc + "Z on D-1";
  }
}
