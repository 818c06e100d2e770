package org.convergence.cloud;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.core.alert.Alert;
import org.convergence.core.alert.AlertDelivery;
import org.convergence.core.alert.AlertKind;
import org.convergence.core.alert.Alerts;
import org.convergence.core.alert.RunAlerts;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.RunReport;
import org.convergence.core.store.DayLockedException;
import org.convergence.core.store.DayLocking;
import org.convergence.core.time.MarketDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /update} runs core's {@link DailyRun}, which is idempotent: it reads back what the exchange holds for the
 * day and sends only the hours whose order changed, and nothing after the gate. A completed run whose plan the
 * exchange holds (submitted, unchanged, no orders, gate closed) is a success. A plan the exchange does not hold after
 * sending, a failure to store or publish after the trade, or an exception fails the call (HTTP 500), so Cloud
 * Scheduler retries it; the retry sends only what the exchange does not hold. A run that failed, found the gate
 * closed with nothing held, or left the exchange without the plan is alerted ({@link RunAlerts}); a failing alert
 * channel changes none of this.
 */
public final class DailyRunUpdate implements DailyUpdate {
  private static final Logger LOG = LoggerFactory.getLogger(DailyRunUpdate.class);

  private final DailyRun run;
  private final DayLocking locking;
  private final Alerts alerts;
  private final String site;
  private final Clock clock;

  /** Runs under the day's lock, so the daemon or a manual run never works on the same day at once. */
  public DailyRunUpdate(DailyRun run, DayLocking locking, Alerts alerts, String site, Clock clock) {
    this.run = Objects.requireNonNull(run, "run");
    this.locking = Objects.requireNonNull(locking, "locking");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.site = Objects.requireNonNull(site, "site");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** @throws org.convergence.core.store.DayLockedException when the day is being run elsewhere (HTTP 409) */
  @Override
  public UpdateOutcome run(MarketDay day) {
    RunReport report;
    try {
      report = locking.call(day, DayLocking.RUN, () -> run.run(day));
    } catch (DayLockedException e) {
      throw e;
    } catch (RuntimeException e) {
      alert(RunAlerts.forFailure(day, e, site, clock.instant()));
      throw e;
    }
    Optional<Alert> problem = RunAlerts.forReport(report, site, clock.instant());
    problem.ifPresent(this::alert);
    boolean notVerified = report.tradedButNotVerified()
        || problem.isPresent() && problem.get().kind() == AlertKind.NOT_VERIFIED;
    boolean succeeded = !notVerified && report.errors().isEmpty();
    return new UpdateOutcome(day, succeeded, RunReportJson.toJson(report));
  }

  private void alert(Alert a) {
    AlertDelivery d = alerts.send(a);
    if (d.delivered()) {
      LOG.info("alert {} sent ({}): {}", a.kind(), d.detail(), a.line());
    } else {
      LOG.warn("alert {} not delivered ({}): {}", a.kind(), d.detail(), a.line());
    }
  }
}
