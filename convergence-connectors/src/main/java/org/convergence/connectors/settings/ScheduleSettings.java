package org.convergence.connectors.settings;

import java.time.LocalTime;
import java.util.Objects;
import org.convergence.core.time.PlanningTime;

/**
 * When the daily job runs: {@code run_at}, the UTC time of day on D-1 at which market day D is planned (before the
 * 09:00Z gate). The daily run in replay mode, the daemon and the backtest all plan at this time.
 */
public record ScheduleSettings(LocalTime runAt) {
  public ScheduleSettings {
    Objects.requireNonNull(runAt, "runAt");
    new PlanningTime(runAt); // before the gate, or one clear line naming the value
  }

  public PlanningTime planning() {
    return new PlanningTime(runAt);
  }
}
