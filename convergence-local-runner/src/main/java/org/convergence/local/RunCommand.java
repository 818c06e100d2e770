package org.convergence.local;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.run.RunOutcome;
import org.convergence.core.run.RunReport;
import org.convergence.core.run.TradedRunException;
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
        "Exit codes: 0 done (also when the gate had already closed), 1 error (also when storing or publishing failed"
        + " after the orders were placed: the report says what the exchange holds), 3 gate closed with --strict,"
        + " 4 orders sent but the exchange does not hold the plan."})
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConvergenceSettings s = settings.load();
    RunReport report;
    try (LocalWiring.Wired wired = LocalWiring.daily(s, Optional.ofNullable(date).map(MarketDay::of),
        Optional.ofNullable(clockAt), s.strategy().strategy())) {
      try {
        report = wired.run().build().run(wired.day());
      } catch (TradedRunException e) {
        throw new UserFacingException("the run for " + wired.day() + ": " + e.getMessage(), e);
      } catch (WeatherUnavailableException | ExchangeException | StoreException
          | org.convergence.core.price.PriceHistoryUnavailableException e) {
        throw new UserFacingException("the run for " + wired.day() + " failed: " + e.getMessage(), e);
      }
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
      err.println("error: the exchange does not hold the plan for " + report.day() + " (" + report.message() + ")");
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
}
