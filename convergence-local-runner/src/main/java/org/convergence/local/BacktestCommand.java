package org.convergence.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.backtest.StrategyResult;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.strategy.Strategies;
import org.convergence.core.time.MarketDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./convergence backtest}: replay recorded market days through the daily run, strategy by strategy. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = "Replay recorded market days with each strategy against the simulated exchange and settle them"
        + " with the real clearing and imbalance prices.")
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

  @Option(names = "--json", description = "Print the results as a JSON array.")
  boolean json;

  @Option(names = "--dashboard", paramLabel = "DIR",
      description = "Also publish each settled day of the configured strategy (settings strategy.name) as dashboard"
          + " data (index.json, <market-day>.json) into DIR.")
  java.nio.file.Path dashboard;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class StrategyNames extends ArrayList<String> {
    StrategyNames() {
      super(Strategies.NAMES);
    }
  }

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new UserFacingException("--to " + to + " is before --from " + from);
    }
    QuietLibraries.apply();
    ConvergenceSettings s = settings.load();
    List<BiddingStrategy> chosen = new ArrayList<>();
    for (String name : strategies == null ? Strategies.NAMES : strategies) {
      try {
        chosen.add(s.strategy().strategy(name));
      } catch (IllegalArgumentException e) {
        throw new UserFacingException(e.getMessage(), e);
      }
    }
    Backtest backtest = LocalWiring.backtest(s);
    if (dashboard != null) {
      String published = s.strategy().name();
      if (chosen.stream().noneMatch(c -> c.name().equals(published))) {
        throw new UserFacingException("--dashboard publishes the configured strategy " + published
            + ", which --strategy leaves out");
      }
      backtest = backtest.publishing(LocalWiring.dashboardPublication(s, dashboard));
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
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(result));
    } else {
      printTable(result, out);
    }
    out.flush();
    return 0;
  }

  static String toJson(BacktestResult r) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode array = mapper.createArrayNode();
    for (StrategyResult s : r.strategies()) {
      array.addObject()
          .put("strategy", s.strategy())
          .put("days", s.days())
          .put("pnl_gbp", round2(s.pnlGbp()))
          .put("da_gbp", round2(s.dayAheadGbp()))
          .put("imbalance_gbp", round2(s.imbalanceGbp()))
          .put("value_added_gbp", round2(s.valueAddedGbp()))
          .put("daily_sd_gbp", round2(s.dailySdGbp()))
          .put("max_drawdown_gbp", round2(s.maxDrawdownGbp()))
          .put("oracle_pnl_gbp", round2(s.oraclePnlGbp()));
    }
    try {
      return mapper.writeValueAsString(array);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static void printTable(BacktestResult r, PrintWriter out) {
    out.printf(Locale.ROOT, "Backtest %s .. %s: %d market days settled, %d skipped%n", r.from(), r.to(),
        r.days().size(), r.skipped().size());
    out.printf(Locale.ROOT, "%-10s %5s %12s %12s %14s %14s %12s %14s%n", "strategy", "days", "P&L GBP", "DA GBP",
        "imbalance GBP", "vs none GBP", "daily sd", "max drawdown");
    for (StrategyResult s : r.strategies()) {
      out.printf(Locale.ROOT, "%-10s %5d %12.2f %12.2f %14.2f %14.2f %12.2f %14.2f%n", s.strategy(), s.days(),
          s.pnlGbp(), s.dayAheadGbp(), s.imbalanceGbp(), s.valueAddedGbp(), s.dailySdGbp(), s.maxDrawdownGbp());
    }
    double none = r.strategies().stream().filter(s -> s.strategy().equals("none")).mapToDouble(
        StrategyResult::pnlGbp).findFirst().orElse(Double.NaN);
    out.printf(Locale.ROOT, "%-10s %5d %12.2f %12s %14s %14s%n", "oracle", r.days().size(), r.oraclePnlGbp(), "", "",
        Double.isNaN(none) ? "" : String.format(Locale.ROOT, "%.2f", r.oraclePnlGbp() - none));
    out.println("oracle = perfect-foresight hedge: the metered net contracted at the clearing price (grid-capped).");
    if (!r.skipped().isEmpty()) {
      out.println("Skipped days:");
      r.skipped().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> out.printf(Locale.ROOT, "  %s  %s%n", e.getKey(), e.getValue()));
    }
  }
}
