package org.convergence.local;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.convergence.connectors.alert.AlertChannels;
import org.convergence.connectors.report.SettlementJson;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.core.alert.Alert;
import org.convergence.core.alert.AlertKind;
import org.convergence.core.alert.Alerts;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.settle.DailySettlement;
import org.convergence.core.settle.SettlementResult;
import org.convergence.core.store.StoreException;
import org.convergence.core.time.MarketDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./convergence settle}: settle traded days after their delivery. */
@Command(name = "settle", mixinStandardHelpOptions = true,
    description = {"Settle traded days after delivery: clearing and imbalance prices, the orders held and the"
        + " site's metered energy -> per hour day-ahead cash, imbalance cash, P&L, value added over not trading and"
        + " the hour's bound; stored (one row per hour) and published to the dashboard.",
        "Without --date: every traded day not yet settled. A day whose prices or metering are incomplete stays"
        + " pending and says why.",
        "A settlement warning (e.g. the exchange's fill flag contradicts the fill rule) is alerted"
        + " (alerts.webhook_url) and printed on stderr.",
        "Exit codes: 0 at least one day settled, 1 error, 5 nothing could be settled."})
public final class SettleCommand implements Callable<Integer> {
  @Mixin SettingsOption settings;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Settle (again) this market day only. Default: every traded day not yet settled.")
  LocalDate date;

  @Option(names = "--json", description = "Print one JSON object per day (an array).")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConvergenceSettings s = settings.load();
    // without a webhook the warning lines below are the alert's log, as for run
    Optional<Alerts> alerts = s.alerts().configured() ? Optional.of(AlertChannels.fromSettings(s.alerts()))
        : Optional.empty();
    List<SettlementResult> results;
    try (LocalWiring.Settling wired = LocalWiring.settlement(s)) {
      DailySettlement job = wired.job();
      try {
        results = date != null ? List.of(job.settle(MarketDay.of(date))) : job.settleOutstanding();
      } catch (ExchangeException | StoreException e) {
        throw new UserFacingException("settling " + (date != null ? String.valueOf(date) : "the traded days")
            + " failed: " + e.getMessage(), e);
      }
    }
    if (json) {
      out.println(SettlementJson.toJson(results));
    } else if (results.isEmpty()) {
      out.println("nothing to settle: no traded day awaits settlement");
    } else {
      results.forEach(r -> out.println(line(r)));
    }
    for (SettlementResult r : results) {
      r.warnings().forEach(w -> err.println("warning: " + w));
      if (!r.warnings().isEmpty()) {
        RunCommand.alert(alerts, Alert.about(r.day(), AlertKind.SETTLEMENT_WARNING, s.site().name(), Instant.now(),
            String.join("; ", r.warnings())), err);
      }
    }
    out.flush();
    err.flush();
    return results.stream().anyMatch(SettlementResult::isSettled) ? ExitCode.DONE.code()
        : ExitCode.NOTHING_DONE.code();
  }

  private static String line(SettlementResult r) {
    if (!r.isSettled()) {
      return r.day() + "  PENDING  " + r.message();
    }
    return String.format(Locale.ROOT, "%s  SETTLED  P&L %.2f GBP (day-ahead %.2f, imbalance %.2f), value added"
            + " %.2f, bound %.2f; %s", r.day(), r.pnlGbp(), r.dayAheadGbp(), r.imbalanceGbp(), r.valueAddedGbp(),
        r.boundPnlGbp(), r.message());
  }
}
