package org.convergence.core.alert;

import java.time.Instant;
import java.util.Optional;
import org.convergence.core.run.RunOutcome;
import org.convergence.core.run.RunReport;
import org.convergence.core.time.MarketDay;

/**
 * Which alert a daily run's result calls for, the same for {@code run}, the daemon and the cloud service: a run that
 * failed; a run that found the gate closed with nothing held for the day (the gate was missed); a run after which the
 * exchange does not hold the plan (fewer or other orders than planned).
 */
public final class RunAlerts {
  private RunAlerts() {}

  /** The alert a completed run calls for, if any. */
  public static Optional<Alert> forReport(RunReport report, String site, Instant at) {
    MarketDay day = report.day();
    if (report.outcome() == RunOutcome.GATE_CLOSED) {
      return report.held().isEmpty()
          ? Optional.of(Alert.about(day, AlertKind.GATE_MISSED, site, at, report.message()))
          : Optional.empty();
    }
    if (!report.verified()) {
      String warning = report.warnings().stream().filter(w -> w.contains("does not hold the plan")).findFirst()
          .orElse("the exchange does not hold the plan");
      return Optional.of(Alert.about(day, AlertKind.NOT_VERIFIED, site, at, report.orders().size()
          + " orders planned, the exchange holds " + report.held().size() + ": " + warning));
    }
    return Optional.empty();
  }

  /** The alert for a run stopped by {@code error}. */
  public static Alert forFailure(MarketDay day, Throwable error, String site, Instant at) {
    return Alert.about(day, AlertKind.RUN_FAILED, site, at, error.getMessage() == null
        ? error.getClass().getSimpleName() : error.getMessage());
  }
}
