package org.convergence.local;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.strategy.Strategies;
import org.convergence.core.time.MarketDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./convergence benchmark backtest --from 2021-04-01 --to 2022-09-11}: wall time of a whole backtest with
 * every strategy (or those given) on the configured data (settings, else the bundled copies), the data loading
 * timed apart from the replay. The same wiring as {@code ./convergence backtest}.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = "Time a whole backtest (data loading and the replay of every day with every strategy).")
public final class BenchmarkBacktestCommand implements Callable<Integer> {
  @Mixin SettingsOption settings;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First market day.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last market day.")
  LocalDate to;

  @Option(names = "--strategy", split = ",", paramLabel = "NAME",
      description = "Strategies to replay, comma-separated (default: all).")
  List<String> strategies;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    List<BiddingStrategy> chosen = new ArrayList<>();
    for (String name : strategies == null ? Strategies.NAMES : strategies) {
      try {
        chosen.add(Strategies.byName(name));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--strategy: " + e.getMessage(), e, null, name);
      }
    }
    ConvergenceSettings s = settings.load();
    long t0 = System.nanoTime();
    org.convergence.connectors.wiring.BacktestWiring.BacktestData data = LocalWiring.backtest(s, Optional.empty(), Optional.empty(), List.<Path>of());
    long t1 = System.nanoTime();
    BacktestResult r = data.backtest().run(MarketDay.of(from), MarketDay.of(to), chosen, Backtest.Progress.none());
    long t2 = System.nanoTime();
    int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "backtest %s .. %s, %d strategies (+ none as the baseline), %d processors, %s%n", from,
        to, chosen.size(), Runtime.getRuntime().availableProcessors(), s.prices().model());
    out.printf(Locale.ROOT, "data loading %.1f s; replay of %d days (%d settled, %d skipped) %.1f s = %.0f ms a day;"
        + " total %.1f s%n", (t1 - t0) / 1e9, days, r.days().size(), r.skipped().size(), (t2 - t1) / 1e9,
        (t2 - t1) / 1e6 / days, (t2 - t0) / 1e9);
    out.flush();
    return r.days().isEmpty() ? ExitCode.NOTHING_DONE.code() : ExitCode.DONE.code();
  }
}
