package org.convergence.local;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.convergence.connectors.alert.AlertChannels;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.wiring.LiveRun;
import org.convergence.core.alert.Alert;
import org.convergence.core.alert.AlertDelivery;
import org.convergence.core.alert.Alerts;
import org.convergence.core.alert.RunAlerts;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.run.RunOutcome;
import org.convergence.core.run.RunReport;
import org.convergence.core.run.TradedRunException;
import org.convergence.core.store.DayLockedException;
import org.convergence.core.store.DayLocking;
import org.convergence.core.store.StoreException;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./convergence run}: the daily job for one market day. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Plan and submit the orders for a market day: weather -> energy -> prices -> strategy -> "
        + "exchange -> store -> dashboard, then print the run report.",
        "Replay mode (exchange.mode: simulated, the default) trades a recorded day offline; live mode "
        + "(exchange.mode: http) the next biddable day.",
        "A failed run, a missed gate or an exchange that does not hold the plan is alerted (alerts.webhook_url).",
        "Exit codes: 0 done (also when the gate had already closed), 1 error (also when storing or publishing failed"
        + " after the orders were placed: the report says what the exchange holds; also: the day is being run"
        + " elsewhere), 3 gate closed with --strict, 4 orders sent but the exchange does not hold the plan."})
public final class RunCommand implements Callable<Integer> {
  /** Exit code of a run refused because the gate had closed, with {@code --strict}. */
  static final int GATE_CLOSED_EXIT = 3; // ExitCode.GATE_CLOSED (a constant, for the annotation below)

  @Mixin SettingsOption settings;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Market day to bid for (default: live: the next biddable day; replay: the last recorded day).")
  LocalDate date;

  @Option(names = "--json", description = "Print the run report as JSON.")
  boolean json;

  @Option(names = "--strict", description = "Exit with " + GATE_CLOSED_EXIT
      + " instead of 0 when the day's gate has already closed.")
  boolean strict;

  @Option(names = "--clock", paramLabel = "INSTANT",
      description = "Run as if it were this UTC instant (e.g. 2022-04-29T08:30:00Z); the clock then runs forward."
          + " Default: replay: 08:30Z the day before the market day; live: now.")
  Instant clockAt;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The outside services of live mode (replaced in tests by local stand-ins). */
  LiveRun.Services services = LiveRun.Services.PUBLIC;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConvergenceSettings s = settings.load();
    RunReport report;
    // without a webhook the run's own output (its error, note or warning line) is the alert's log
    Optional<Alerts> alerts = s.alerts().configured() ? Optional.of(AlertChannels.fromSettings(s.alerts()))
        : Optional.empty();
    try (LocalWiring.Wired wired = LocalWiring.daily(s, Optional.ofNullable(date).map(MarketDay::of),
        Optional.ofNullable(clockAt), s.strategy().strategy(), services)) {
      DayLocking locking = new DayLocking(wired.store(), wired.clock(), s.schedule().lockTtl(),
          "run" + DaemonWiring.onHost());
      try {
        report = locking.call(wired.day(), DayLocking.RUN, () -> wired.run().build().run(wired.day()));
      } catch (DayLockedException e) {
        throw new UserFacingException(e.getMessage() + "; nothing was done", e);
      } catch (RuntimeException e) {
        alert(alerts, RunAlerts.forFailure(wired.day(), e, s.site().name(), wired.clock().instant()), err);
        if (e instanceof TradedRunException) {
          throw new UserFacingException("the run for " + wired.day() + ": " + e.getMessage(), e);
        }
        if (e instanceof WeatherUnavailableException || e instanceof ExchangeException
            || e instanceof StoreException || e instanceof org.convergence.core.price.PriceHistoryUnavailableException) {
          throw new UserFacingException("the run for " + wired.day() + " failed: " + e.getMessage(), e);
        }
        throw e;
      }
      RunAlerts.forReport(report, s.site().name(), wired.clock().instant()).ifPresent(a -> alert(alerts, a, err));
    }
    if (json) {
      out.println(RunReportJson.toJson(report));
    } else {
      RunReportText.print(report, out);
    }
    int exit = exitCode(report, strict, err).code();
    out.flush();
    err.flush();
    return exit;
  }

  /**
   * The exit code of a finished run, with one line on {@code err} per problem: 4 when orders were sent and the
   * exchange does not hold the plan (with or without {@code --strict}), 1 when storing or publishing failed after the
   * trade, 3 or 0 when the gate had closed, else 0.
   */
  static ExitCode exitCode(RunReport report, boolean strict, PrintWriter err) {
    for (String error : report.errors()) {
      err.println("error: " + error);
    }
    if (report.tradedButNotVerified()) {
      err.println("error: " + ExitCode.NOT_VERIFIED.meaning() + ": the exchange holds " + report.held().size()
          + " orders for " + report.day() + ", " + report.orders().size() + " planned (" + report.message() + ")");
      return ExitCode.NOT_VERIFIED;
    }
    if (!report.errors().isEmpty()) {
      err.println("error: the orders for " + report.day() + " stand at the exchange as the report shows; the run"
          + " failed afterwards");
      return ExitCode.FAILED;
    }
    if (report.outcome() == RunOutcome.GATE_CLOSED) {
      err.println((strict ? "error: " : "note: ") + report.message());
      return strict ? ExitCode.GATE_CLOSED : ExitCode.DONE;
    }
    return ExitCode.DONE;
  }

  /** Sends the alert and says on stderr whether it went out; the run's own result and exit code stay as they are. */
  static void alert(Optional<Alerts> channel, Alert alert, PrintWriter err) {
    if (channel.isEmpty()) {
      return;
    }
    AlertDelivery d = channel.get().send(alert);
    err.println("alert " + alert.kind() + (d.delivered() ? " sent (" : " not delivered (") + d.detail() + "): "
        + alert.line());
    err.flush();
  }
}
