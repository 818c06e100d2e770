package org.convergence.connectors.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.convergence.core.schedule.Schedule;
import org.convergence.core.time.PlanningTime;

/**
 * When the daily job runs ({@code run_at}: the replay run, the daemon and the backtest all plan at this time) and how
 * the daemon ({@code ./convergence daemon}) keeps to it. Times are UTC.
 *
 * @param runAt time on D-1 at which day D is planned and submitted (before the 09:00Z gate)
 * @param healthFile the daemon's health file, rewritten at every wake-up (a relative path is against the settings
 *     file's folder)
 * @param lockMinutes how long a per-day lock lasts at most (a crashed holder blocks its day this long)
 */
public record ScheduleSettings(LocalTime runAt, int retryInitialMinutes, int retryMaxMinutes,
    int settleAfterMinutes, int settleRetryMinutes, int catchUpDays, int maxIdleMinutes, int heartbeatHours,
    String healthFile, int lockMinutes) {
  public ScheduleSettings {
    Objects.requireNonNull(runAt, "run_at");
    new PlanningTime(runAt); // before the gate, or one clear line naming the value
    positive(retryInitialMinutes, "retry_initial_minutes");
    positive(retryMaxMinutes, "retry_max_minutes");
    if (retryMaxMinutes < retryInitialMinutes) {
      throw new IllegalArgumentException("retry_max_minutes (" + retryMaxMinutes
          + ") must not be below retry_initial_minutes (" + retryInitialMinutes + ")");
    }
    if (settleAfterMinutes < 0) {
      throw new IllegalArgumentException("settle_after_minutes must not be negative, was " + settleAfterMinutes);
    }
    positive(settleRetryMinutes, "settle_retry_minutes");
    positive(catchUpDays, "catch_up_days");
    positive(maxIdleMinutes, "max_idle_minutes");
    positive(heartbeatHours, "heartbeat_hours");
    healthFile = healthFile == null ? "" : healthFile.trim();
    if (healthFile.isEmpty()) {
      throw new IllegalArgumentException("health_file must name a file");
    }
    positive(lockMinutes, "lock_minutes");
  }

  private static void positive(int v, String key) {
    if (v < 1) {
      throw new IllegalArgumentException(key + " must be at least 1, was " + v);
    }
  }

  /** The planning time of every market day: D-1 at {@code run_at}. */
  public PlanningTime planning() {
    return new PlanningTime(runAt);
  }

  /** The daemon's schedule in core's terms. */
  public Schedule schedule() {
    return new Schedule(planning(), Duration.ofMinutes(retryInitialMinutes), Duration.ofMinutes(retryMaxMinutes),
        Duration.ofMinutes(settleAfterMinutes), Duration.ofMinutes(settleRetryMinutes), catchUpDays,
        Duration.ofMinutes(maxIdleMinutes), Duration.ofHours(heartbeatHours));
  }

  public Duration lockTtl() {
    return Duration.ofMinutes(lockMinutes);
  }
}
