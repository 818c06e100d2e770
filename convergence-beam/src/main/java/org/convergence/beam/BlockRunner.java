package org.convergence.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.wiring.BacktestWiring;
import org.convergence.connectors.wiring.PriceForecastCache;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.backtest.DailyPnl;
import org.convergence.core.backtest.SettledDay;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.time.MarketDay;
import org.convergence.model.forecast.ModelPriceForecaster;
import org.convergence.model.spread.ModelSpreadForecaster;

/**
 * Runs one block of one configuration: the backtest of {@link BacktestWiring} on the configuration's settings, from
 * the block's warm-up start to its end, keeping the days of the block and the warm-up's track record. The recorded
 * data, the spread model and the day's price and spread forecasts ({@link PriceForecastCache}, keyed by the
 * forecaster's recipe, day and as-of time) are made once per worker JVM and data set and shared by every element it
 * runs; each element builds its own backtest (its forecast-error cache is per
 * thread).
 */
final class BlockRunner {
  /** What a worker keeps: the data a backtest replays and the forecasts made on them. */
  private record Shared(BacktestWiring.RecordedData data, Forecasts forecasts) {}

  /** The spread forecaster calibrated on one data set and the price forecasts made on it. */
  private record Forecasts(SpreadForecaster spread, PriceForecastCache prices) {
    static Forecasts fresh() {
      return new Forecasts(ModelSpreadForecaster.withDefaults(), new PriceForecastCache());
    }
  }

  private static final Map<List<String>, Shared> SHARED = new ConcurrentHashMap<>();

  private BlockRunner() {}

  /** Empties the worker's caches, data and forecasts (the benchmark starts each phase cold). */
  static void forget() {
    SHARED.clear();
  }

  /**
   * Forgets the spread calibrations and price forecasts, keeping the data read (between the benchmark's
   * one-after-another backtests: each recalibrates as a backtest of its own does).
   */
  static void forgetForecasts() {
    SHARED.replaceAll((k, v) -> new Shared(v.data(), Forecasts.fresh()));
  }

  /** How many data sets this JVM holds (each read once). */
  static int dataReads() {
    return SHARED.size();
  }

  /**
   * Forecasts this JVM computed and served again, over its data sets (since the last forget): price computed, price
   * reused, spread computed, spread reused.
   */
  static long[] forecastsComputedReused() {
    long[] n = new long[4];
    for (Shared s : SHARED.values()) {
      PriceForecastCache c = s.forecasts().prices();
      n[0] += c.computed();
      n[1] += c.reused();
      n[2] += c.spreadsComputed();
      n[3] += c.spreadsReused();
    }
    return n;
  }

  /**
   * Runs one block on a fresh one-thread fork-join pool of its own: the price model's per-hour fits and Smile's
   * parallel streams run there, so an element is one thread and two elements never wait on each other's tasks in the
   * JVM's common pool (which left one of two direct-runner workers parked most of the time).
   */
  static BlockOutcome run(SweepContext ctx, BlockTask task) {
    return onOwnPool(pool -> run(ctx, task, pool), "block " + task);
  }

  /** {@code work} on a fresh one-thread fork-join pool, its own exception unchanged (a bad key's one line stays one). */
  static <T> T onOwnPool(java.util.function.Function<ForkJoinPool, T> work, String what) {
    ForkJoinPool own = new ForkJoinPool(1);
    try {
      return own.submit(() -> work.apply(own)).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + what, e);
    } finally {
      own.shutdown();
    }
  }

  private static BlockOutcome run(SweepContext ctx, BlockTask task, ForkJoinPool pool) {
    ConvergenceSettings s = ctx.settings(task.configuration());
    BiddingStrategy strategy = s.strategy().strategy(task.configuration().strategy());
    // the data a backtest reads depend on these settings and the plan's paths only
    List<String> key = List.of(s.siteReadingsFile(), s.weather().replayDir(), s.exchange().pricesFile(),
        ctx.readings(), ctx.weather(), String.join("\n", ctx.prices()));
    Shared shared = SHARED.computeIfAbsent(key, k -> new Shared(
        BacktestWiring.load(s, ctx.readingsPath(), ctx.weatherPath(), ctx.pricePaths()), Forecasts.fresh()));
    // the day's LEAR forecast is a function of the recipe, the data known at the run and the run's time: one per
    // worker, whichever configuration asks first
    BacktestWiring.BacktestData b = BacktestWiring.backtest(s, shared.data(),
        shared.forecasts().prices().sharing(PriceForecastCache.gbRecipe(s),
            ModelPriceForecaster.gb(s.prices().model(), s.schedule().runAt(), pool)),
        shared.forecasts().prices().sharing(shared.forecasts().spread()));
    BacktestResult r = b.backtest().run(MarketDay.of(task.warmFrom()), MarketDay.of(task.to()), List.of(strategy),
        Backtest.Progress.none());
    MarketDay from = MarketDay.of(task.from());
    List<BlockOutcome.Settled> days = new ArrayList<>();
    for (SettledDay d : r.days()) {
      if (d.day().compareTo(from) >= 0) {
        days.add(BlockOutcome.Settled.of(d));
      }
    }
    List<BlockOutcome.Pnl> daily = new ArrayList<>();
    List<BlockOutcome.Value> warmup = new ArrayList<>();
    for (DailyPnl d : r.strategy(strategy.name()).daily()) {
      if (d.day().compareTo(from) >= 0) {
        daily.add(BlockOutcome.Pnl.of(d));
      } else {
        warmup.add(new BlockOutcome.Value(d.day().date(), d.valueAddedGbp()));
      }
    }
    Map<java.time.LocalDate, String> skipped = new TreeMap<>();
    r.skipped().forEach((day, why) -> {
      if (day.compareTo(from) >= 0) {
        skipped.put(day.date(), why);
      }
    });
    return new BlockOutcome(task, days, daily, skipped, warmup, b.readings(), b.weather(), b.prices());
  }
}
