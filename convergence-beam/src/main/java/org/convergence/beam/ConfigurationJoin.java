package org.convergence.beam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convergence.connectors.wiring.BacktestWiring;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.backtest.DailyPnl;
import org.convergence.core.backtest.SettledDay;
import org.convergence.core.backtest.StrategyResult;
import org.convergence.core.time.MarketDay;

/**
 * Joins the blocks of one configuration into the result one backtest over the whole period gives, figure for figure.
 *
 * <p>Why splitting changes no figure: every input of a day is recomputed from the recorded data at the day's
 * planning time (the weather as forecast then, the price model recalibrated on the prices known then, the forecast
 * errors over a trailing window of recorded days, the spread model calibrated at anchors on absolute dates), except
 * the strategy's own track record (its value added on the days before; the {@code ev} drawdown stop reads the last
 * {@code strategy.risk.drawdown_window_days} of it). A block therefore replays {@code warmup_days} before its first
 * day, and its result is taken only when the warm-up's track record equals the earlier blocks' on the last
 * {@code drawdown_window_days + 1} days before the block (from then on every decision is the same, day by day).
 * Otherwise (a drawdown stop that the shorter history would not have reached, say) the block is replayed again from
 * the period's first day, which is one run by construction.
 */
final class ConfigurationJoin {
  /** A configuration's joined result, its data sources, and how many blocks had to be replayed from the start. */
  record Joined(BacktestResult result, BacktestWiring.BacktestData sources, int replayed) {}

  private ConfigurationJoin() {}

  static Joined join(SweepContext ctx, List<BlockOutcome> outcomes) {
    List<BlockOutcome> blocks = new ArrayList<>(outcomes);
    blocks.sort(Comparator.comparingInt(o -> o.task().block()));
    SweepConfiguration c = blocks.get(0).task().configuration();
    int window = ctx.settings(c).strategy().risk().drawdownWindowDays();
    List<SettledDay> days = new ArrayList<>();
    List<DailyPnl> daily = new ArrayList<>();
    Map<LocalDate, Double> truth = new TreeMap<>();
    Map<MarketDay, String> skipped = new TreeMap<>();
    int replayed = 0;
    for (int i = 0; i < blocks.size(); i++) {
      BlockOutcome b = blocks.get(i);
      if (b.task().block() != i) {
        throw new IllegalStateException(c.id() + ": block " + i + " is missing");
      }
      if (!b.task().warmFrom().equals(ctx.from()) && !warmupMatches(b, truth, window)) {
        BlockTask again = new BlockTask(c, b.task().block(), ctx.from(), b.task().from(), b.task().to());
        b = BlockRunner.run(ctx, again);
        replayed++;
      }
      b.days().forEach(d -> days.add(d.toCore()));
      b.daily().forEach(d -> daily.add(d.toCore()));
      b.values().forEach(v -> truth.put(v.day(), v.valueAddedGbp()));
      b.skipped().forEach((d, why) -> skipped.put(MarketDay.of(d), why));
    }
    // summed in day order, as Backtest.run sums them
    double oracle = 0;
    double bound = 0;
    for (SettledDay d : days) {
      if (d.kind().metered()) {
        oracle += d.oraclePnlGbp().orElseThrow();
        bound += d.boundPnlGbp();
      }
    }
    BacktestResult r = new BacktestResult(MarketDay.of(ctx.from()), MarketDay.of(ctx.to()), days, skipped,
        List.of(StrategyResult.of(c.strategy(), daily, days)), oracle, bound);
    BlockOutcome first = blocks.get(0);
    // the report reads the data sources only
    BacktestWiring.BacktestData sources = new BacktestWiring.BacktestData(null, first.readingsSource(),
        first.weatherSource(), first.pricesSource());
    return new Joined(r, sources, replayed);
  }

  /**
   * Whether the warm-up's track record equals the one-run record on the {@code window + 1} days before the block
   * (the days its first decisions may read), given the earlier blocks' values ({@code truth}).
   */
  static boolean warmupMatches(BlockOutcome b, Map<LocalDate, Double> truth, int window) {
    LocalDate start = b.task().from().minusDays(window + 1L);
    Map<LocalDate, Double> warm = new TreeMap<>();
    b.warmup().stream().filter(v -> !v.day().isBefore(start)).forEach(v -> warm.put(v.day(), v.valueAddedGbp()));
    Map<LocalDate, Double> known = new TreeMap<>();
    truth.forEach((d, v) -> {
      if (!d.isBefore(start) && d.isBefore(b.task().from())) {
        known.put(d, v);
      }
    });
    return warm.equals(known);
  }
}
