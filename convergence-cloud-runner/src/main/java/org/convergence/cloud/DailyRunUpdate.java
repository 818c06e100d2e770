package org.convergence.cloud;

import java.util.Objects;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.RunReport;
import org.convergence.core.store.DayLocking;
import org.convergence.core.time.MarketDay;

/**
 * {@code /update} runs core's {@link DailyRun}, which is idempotent: it reads back what the exchange holds for the
 * day and sends only the hours whose order changed, and nothing after the gate. Every outcome of a completed run
 * (submitted, unchanged, no orders, gate closed) is a success; only an exception fails the call (HTTP 500), so Cloud
 * Scheduler retries exactly the runs that did not complete.
 */
public final class DailyRunUpdate implements DailyUpdate {
  private final DailyRun run;
  private final DayLocking locking;

  /** Runs under the day's lock, so the daemon or a manual run never works on the same day at once. */
  public DailyRunUpdate(DailyRun run, DayLocking locking) {
    this.run = Objects.requireNonNull(run, "run");
    this.locking = Objects.requireNonNull(locking, "locking");
  }

  /** @throws org.convergence.core.store.DayLockedException when the day is being run elsewhere (HTTP 409) */
  @Override
  public UpdateOutcome run(MarketDay day) {
    RunReport report = locking.call(day, DayLocking.RUN, () -> run.run(day));
    return new UpdateOutcome(day, true, RunReportJson.toJson(report));
  }
}
