package org.convergence.cloud;

import java.util.Objects;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.RunReport;
import org.convergence.core.time.MarketDay;

/**
 * {@code /update} runs core's {@link DailyRun}, which is idempotent: it reads back what the exchange holds for the
 * day and sends only the hours whose order changed, and nothing after the gate. A completed run whose plan the
 * exchange holds (submitted, unchanged, no orders, gate closed) is a success. A plan the exchange does not hold after
 * sending, a failure to store or publish after the trade, or an exception fails the call (HTTP 500), so Cloud
 * Scheduler retries it; the retry sends only what the exchange does not hold.
 */
public final class DailyRunUpdate implements DailyUpdate {
  private final DailyRun run;

  public DailyRunUpdate(DailyRun run) {
    this.run = Objects.requireNonNull(run, "run");
  }

  @Override
  public UpdateOutcome run(MarketDay day) {
    RunReport report = run.run(day);
    boolean succeeded = !report.tradedButNotVerified() && report.errors().isEmpty();
    return new UpdateOutcome(day, succeeded, RunReportJson.toJson(report));
  }
}
