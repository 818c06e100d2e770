package org.convergence.local.dashboard;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.convergence.core.time.MarketDay;
import org.convergence.local.ConvergenceCli;
import picocli.CommandLine;

/**
 * Builds the dashboard test fixture, market days 2022-03-22 and 2022-03-23, with the product itself: {@code
 * ./convergence backtest --dashboard DIR} on the shipped {@code settings.yaml} (replay mode: recorded weather, the
 * configured price model recalibrated on the prices known at each day's run, the configured strategy, the simulated
 * exchange, settlement on the recorded clearing and imbalance prices and site readings). Each settled day of the
 * configured strategy is published by the product's {@code FileSystemDashboardPublisher}. The README beside the
 * fixture gives the command; {@link DashboardFixtureTest} fails when the committed files differ from a fresh run.
 */
public final class DashboardFixture {
  public static final List<MarketDay> DAYS = List.of(MarketDay.of(2022, 3, 22), MarketDay.of(2022, 3, 23));
  /** The shipped settings, from the module's folder (where Maven runs the tests). */
  static final Path SETTINGS = Path.of("..", "settings.yaml");

  private DashboardFixture() {}

  /** Regenerates into {@code args[0]} (default: the committed fixture's folder, run from the repository root). */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0]
        : "convergence-local-runner/src/test/resources/dashboard-fixture/data");
    System.out.print(publish(out, Path.of("settings.yaml")));
  }

  /** Backtests both fixture days and publishes them into {@code dataDir} (best empty); the backtest's table. */
  public static String publish(Path dataDir) {
    return publish(dataDir, SETTINGS);
  }

  static String publish(Path dataDir, Path settings) {
    CommandLine cli = ConvergenceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("backtest", "--settings", settings.toString(),
        "--from", DAYS.get(0).toString(), "--to", DAYS.get(DAYS.size() - 1).toString(),
        "--dashboard", dataDir.toString());
    if (exit != 0) {
      throw new IllegalStateException("the fixture's backtest failed (exit " + exit + "): " + err + out);
    }
    if (!out.toString().contains(DAYS.size() + " market days settled, 0 skipped")) {
      throw new IllegalStateException("the fixture's backtest did not settle both days:\n" + out);
    }
    return out.toString();
  }
}
