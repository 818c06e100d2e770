package org.convergence.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.backtest.DayKind;
import org.convergence.core.backtest.SettledDay;
import org.convergence.core.backtest.StrategyResult;
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
    ConvergenceSettings s = settings.load();
    List<BiddingStrategy> chosen = new ArrayList<>();
    for (String name : strategies == null ? Strategies.NAMES : strategies) {
      try {
        chosen.add(s.strategy().strategy(name));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--strategy: " + e.getMessage(), e,
            spec.findOption("--strategy"), name);
      }
    }
    LocalWiring.BacktestData data = LocalWiring.backtest(s, Optional.ofNullable(readings),
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
      out.println(toJson(result, data));
    } else {
      printTable(result, data, out);
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

  /** Runs of consecutive settled days of one kind, e.g. 2021-04-01..2022-02-15 demand-only. */
  record KindRun(MarketDay from, MarketDay to, DayKind kind) {}

  static List<KindRun> kindRuns(List<SettledDay> days) {
    List<KindRun> runs = new ArrayList<>();
    for (SettledDay d : days) {
      KindRun lastRun = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (lastRun != null && lastRun.kind() == d.kind() && lastRun.to().next().equals(d.day())) {
        runs.set(runs.size() - 1, new KindRun(lastRun.from(), d.day(), d.kind()));
      } else {
        runs.add(new KindRun(d.day(), d.day(), d.kind()));
      }
    }
    return runs;
  }

  static String toJson(BacktestResult r, LocalWiring.BacktestData data) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode array = mapper.createArrayNode();
    long demandOnly = r.days().stream().filter(d -> d.kind() == DayKind.DEMAND_ONLY).count();
    for (StrategyResult s : r.strategies()) {
      ObjectNode o = array.addObject()
          .put("strategy", s.strategy())
          .put("days", s.days())
          .put("pnl_gbp", round2(s.pnlGbp()))
          .put("da_gbp", round2(s.dayAheadGbp()))
          .put("imbalance_gbp", round2(s.imbalanceGbp()))
          .put("value_added_gbp", round2(s.valueAddedGbp()))
          .put("daily_sd_gbp", round2(s.dailySdGbp()))
          .put("max_drawdown_gbp", round2(s.maxDrawdownGbp()))
          .put("oracle_pnl_gbp", round2(s.oraclePnlGbp()))
          .put("bound_pnl_gbp", round2(s.boundPnlGbp()))
          .put("value_days", s.valueDays())
          .put("bound_value_added_gbp", round2(s.boundValueAddedGbp()));
      put(o, "bound_share", s.boundShare(), 4);
      put(o, "sharpe", s.sharpe(), 3);
      o.put("value_added_max_drawdown_gbp", round2(s.valueAddedMaxDrawdownGbp()));
      put(o, "worst_day_gbp", s.worstDayGbp(), 2);
      put(o, "hit_rate", s.hitRate(), 4);
      o.put("mean_abs_position_beyond_net_mwh", Math.round(s.meanAbsPositionBeyondNetMWh() * 10000) / 10000.0);
      o.put("days_settled", r.days().size())
          .put("days_metered", r.meteredDays())
          .put("days_price_only", r.priceOnlyDays())
          .put("days_demand_only", demandOnly);
      ArrayNode kinds = o.putArray("day_kinds");
      for (KindRun k : kindRuns(r.days())) {
        kinds.addObject().put("from", k.from().toString()).put("to", k.to().toString())
            .put("kind", k.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      ArrayNode skipped = o.putArray("days_skipped");
      r.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> skipped.addObject().put("day", e.getKey().toString()).put("reason", e.getValue()));
      o.putObject("data_sources").put("readings", data.readings()).put("weather", data.weather())
          .put("prices", data.prices());
    }
    try {
      return mapper.writeValueAsString(array);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(ObjectNode o, String key, OptionalDouble v, int decimals) {
    if (v.isPresent()) {
      double scale = Math.pow(10, decimals);
      o.put(key, Math.round(v.getAsDouble() * scale) / scale);
    } else {
      o.putNull(key);
    }
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String fmt(OptionalDouble v, String format) {
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble()) : "-";
  }

  private static String percent(OptionalDouble share, String format) {
    return share.isPresent() ? String.format(Locale.ROOT, format, share.getAsDouble() * 100) : "-";
  }

  static void printTable(BacktestResult r, LocalWiring.BacktestData data, PrintWriter out) {
    long demandOnly = r.days().stream().filter(d -> d.kind() == DayKind.DEMAND_ONLY).count();
    out.printf(Locale.ROOT, "Backtest %s .. %s: %d market days settled, %d skipped (settled: %d metered, %d"
        + " price-only: %d on the site's own forecast, %d on the demand-only profile)%n", r.from(), r.to(),
        r.days().size(), r.skipped().size(), r.meteredDays(), r.priceOnlyDays(), r.priceOnlyDays() - demandOnly,
        demandOnly);
    out.println("Data:  readings  " + data.readings());
    out.println("       weather   " + data.weather());
    out.println("       prices    " + data.prices());
    out.println();
    out.printf(Locale.ROOT, "P&L on the %d metered days (GBP):%n", r.meteredDays());
    out.printf(Locale.ROOT, "%-12s %5s %12s %12s %14s %12s %14s%n", "strategy", "days", "P&L", "DA", "imbalance",
        "daily sd", "max drawdown");
    for (StrategyResult s : r.strategies()) {
      out.printf(Locale.ROOT, "%-12s %5d %12.2f %12.2f %14.2f %12.2f %14.2f%n", s.strategy(), s.days(),
          s.pnlGbp(), s.dayAheadGbp(), s.imbalanceGbp(), s.dailySdGbp(), s.maxDrawdownGbp());
    }
    out.printf(Locale.ROOT, "%-12s %5d %12.2f%n", "oracle", r.meteredDays(), r.oraclePnlGbp());
    out.printf(Locale.ROOT, "%-12s %5d %12.2f%n", "bound", r.meteredDays(), r.boundPnlGbp());
    out.println("oracle = perfect-foresight hedge: the metered net contracted at the clearing price (grid-capped);"
        + " bound = best single order within the grid cap with both prices known: X I + cap |P - I|.");
    out.println();
    out.printf(Locale.ROOT, "Value added over none, q (P - I), on all %d settled days (GBP):%n", r.days().size());
    out.printf(Locale.ROOT, "%-12s %5s %14s %11s %8s %14s %12s %9s %12s%n", "strategy", "days", "value added",
        "bound share", "sharpe", "max drawdown", "worst day", "hit rate", "|q - n| MWh");
    for (StrategyResult s : r.strategies()) {
      out.printf(Locale.ROOT, "%-12s %5d %14.2f %11s %8s %14.2f %12s %9s %12.4f%n", s.strategy(), s.valueDays(),
          s.valueAddedGbp(), percent(s.boundShare(), "%.2f %%"), fmt(s.sharpe(), "%.2f"),
          s.valueAddedMaxDrawdownGbp(), fmt(s.worstDayGbp(), "%.2f"), percent(s.hitRate(), "%.1f %%"),
          s.meanAbsPositionBeyondNetMWh());
    }
    double boundValue = r.days().stream().mapToDouble(SettledDay::boundValueAddedGbp).sum();
    out.printf(Locale.ROOT, "%-12s %5d %14.2f%n", "bound", r.days().size(), boundValue);
    out.println("bound share = value added / the bound's value added on the same days; sharpe = mean / sd of daily"
        + " value added x sqrt(365); hit rate = share of hours with a position beyond the expected net whose sign"
        + " matches P - I.");
    if (!r.days().isEmpty()) {
      out.println();
      out.println("Days:");
      for (KindRun k : kindRuns(r.days())) {
        out.printf(Locale.ROOT, "  %s%s  %s%n", k.from(), k.from().equals(k.to()) ? "            " : ".." + k.to(),
            k.kind().label());
      }
    }
    if (!r.skipped().isEmpty()) {
      out.println("Skipped days:");
      r.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.printf(Locale.ROOT, "  %s  %s%n", e.getKey(), e.getValue()));
    }
  }
}
