package org.convergence.local;

import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.convergence.connectors.report.BacktestReport;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.wiring.BacktestWiring;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.dashboard.DashboardIndex;
import org.convergence.core.dashboard.DataSource;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.strategy.Strategies;
import org.convergence.core.time.MarketDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./convergence backtest}: replay market days through the daily run, strategy by strategy, on the user's data
 * or the bundled copies (the report names which served), and report P&amp;L on the metered days and value added,
 * against the true bound, on every day with both prices.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = {"Replay market days with each strategy against the simulated exchange and settle them with the"
        + " real clearing and imbalance prices.",
        "Days without complete readings are price-only: settled against the site's own forecast (or a demand-only"
        + " profile without recorded weather); they count for value added, not for P&L. Days lacking prices are"
        + " skipped and listed. Exit code 5 when no day could be settled."})
public final class BacktestCommand implements Callable<Integer> {
  @Mixin SettingsOption settings;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First market day.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last market day.")
  LocalDate to;

  @Option(names = "--strategy", split = ",", paramLabel = "NAME",
      description = "Strategies to test, comma-separated (default: all: ${COMPLETION-CANDIDATES}).",
      completionCandidates = StrategyNames.class)
  List<String> strategies;

  @Option(names = "--readings", paramLabel = "FILE",
      description = "Metered site readings in the energy_onsite.csv format (default: settings site.readings_file,"
          + " else the bundled AIMLAC readings).")
  Path readings;

  @Option(names = "--weather", paramLabel = "FILE|DIR",
      description = "Recorded forecasts in the metoffice_spot.csv format, a file or a folder of them (default:"
          + " settings weather.replay_dir, else the bundled recording).")
  Path weather;

  @Option(names = "--prices", paramLabel = "FILE|DIR",
      description = "GB price files (Elexon MID half-hours and/or hourly system prices, .csv or .csv.gz) or folders"
          + " of them; repeatable (default: settings exchange.prices_file, else the bundled GB prices).")
  List<Path> prices = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Replace a settings key for this backtest, keys as in settings.yaml (e.g. --set"
          + " strategy.risk.max_position_mw=1); repeatable. A sweep's configuration is reproduced alone this way.")
  List<String> set = new ArrayList<>();

  @Option(names = "--json", description = "Print the results as a JSON array, one object per strategy.")
  boolean json;

  @Option(names = "--dashboard", paramLabel = "DIR",
      description = "Also publish the backtest as dashboard data into DIR, its own folder (never the live"
          + " dashboard.data_dir): backtest.json (every strategy's daily value added and metrics) and each metered"
          + " settled day of the configured strategy (settings strategy.name: index.json, <market-day>.json).")
  java.nio.file.Path dashboard;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class StrategyNames extends ArrayList<String> {
    StrategyNames() {
      super(Strategies.NAMES);
    }
  }

  @Override
  public Integer call() {
    UsageErrors.checkRange(spec.commandLine(), "--from", from, "--to", to);
    // the settings first: ev's risk budget comes from strategy.risk
    ConvergenceSettings s = settings.load(set);
    List<BiddingStrategy> chosen = new ArrayList<>();
    for (String name : strategies == null ? Strategies.NAMES : strategies) {
      try {
        chosen.add(s.strategy().strategy(name));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--strategy: " + e.getMessage(), e,
            spec.findOption("--strategy"), name);
      }
    }
    BacktestWiring.BacktestData data = LocalWiring.backtest(s, Optional.ofNullable(readings),
        Optional.ofNullable(weather), prices);
    Backtest backtest = data.backtest();
    Optional<Backtest.Publication> publication = Optional.empty();
    if (dashboard != null) {
      String published = s.strategy().name();
      if (chosen.stream().noneMatch(c -> c.name().equals(published))) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--dashboard publishes the configured strategy "
            + published + ", which --strategy leaves out");
      }
      publication = Optional.of(LocalWiring.dashboardPublication(s, dashboard));
      requireOwnFolder(s, publication.get());
      backtest = backtest.publishing(publication.get());
    }
    MarketDay first = MarketDay.of(from);
    MarketDay last = MarketDay.of(to);
    BacktestResult result;
    if (System.console() != null) {
      int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("backtest").setInitialMax(days)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" days", 1).continuousUpdate().build()) {
        result = backtest.run(first, last, chosen, (day, done, total) -> {
          bar.stepTo(done);
          bar.setExtraMessage(day.toString());
        });
      }
    } else {
      result = backtest.run(first, last, chosen, Backtest.Progress.none());
    }
    publication.ifPresent(p -> p.dashboard().publishBacktest(result.dashboard(p.siteName(),
        MarketDay.of(to).deliveryEnd(), p.strategy(), Map.of("readings", data.readings(), "weather", data.weather(),
            "prices", data.prices()))));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(BacktestReport.toJson(result, data));
    } else {
      BacktestReport.printTable(result, data, out);
    }
    out.flush();
    if (result.days().isEmpty()) {
      spec.commandLine().getErr().println("error: no market day from " + from + " to " + to
          + " could be settled (see the skipped days and why)");
      return ExitCode.NOTHING_DONE.code();
    }
    return ExitCode.DONE.code();
  }

  /** {@code --dashboard DIR} is the backtest's own folder: not the live dashboard's, and no run's days in it. */
  private void requireOwnFolder(ConvergenceSettings s, Backtest.Publication p) {
    Path live = Path.of(s.dashboard().dataDir()).toAbsolutePath().normalize();
    if (live.equals(dashboard.toAbsolutePath().normalize())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dashboard " + dashboard + " is the live"
          + " dashboard's folder (settings dashboard.data_dir): a backtest is published into its own folder");
    }
    DashboardIndex index;
    try {
      index = p.dashboard().index();
    } catch (RuntimeException e) {
      throw new UserFacingException("--dashboard " + dashboard + ": " + e.getMessage(), e);
    }
    if (!index.days().isEmpty() && index.source() != DataSource.BACKTEST) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dashboard " + dashboard + " holds "
          + index.days().size() + (index.days().size() == 1 ? " market day" : " market days") + " of "
          + index.source().label() + " data: a backtest is published into"
          + " its own folder, never over a live history");
    }
  }
}
