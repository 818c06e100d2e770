package org.convergence.connectors.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.convergence.connectors.wiring.BacktestWiring;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.backtest.DayKind;
import org.convergence.core.backtest.SettledDay;
import org.convergence.core.backtest.StrategyResult;
import org.convergence.core.time.MarketDay;

/**
 * The tables and the JSON of a backtest's result, as {@code ./convergence backtest} prints them and the Beam sweep
 * writes them for each configuration (one printer, so a sweep's figures read exactly as a backtest's).
 */
public final class BacktestReport {
  private BacktestReport() {}

  /** Runs of consecutive settled days of one kind, e.g. 2021-04-01..2022-02-15 demand-only. */
  public record KindRun(MarketDay from, MarketDay to, DayKind kind) {}

  public static List<KindRun> kindRuns(List<SettledDay> days) {
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

  public static String toJson(BacktestResult r, BacktestWiring.BacktestData data) {
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

  public static void printTable(BacktestResult r, BacktestWiring.BacktestData data, PrintWriter out) {
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
