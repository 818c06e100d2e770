package org.convergence.connectors.wiring;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.time.MarketDay;

/**
 * The day's price and spread forecasts of backtests on one recorded price history, kept so that backtests of other
 * configurations with the same forecasters (a sweep's elements on one worker) reuse them instead of recalibrating
 * the models again. An entry is keyed by the forecaster's recipe (everything its forecast depends on besides the
 * history: for the GB price recipe {@code prices.model} and {@code schedule.run_at}, {@link #gbRecipe}; for the
 * spread model its id, which names its hyper-parameters), the market day and the run's as-of time; the history is
 * the one this cache was made for (one cache per data set, its holder's business). That is exact only for a
 * forecaster whose forecast is a function of (day, the history known at as-of, as-of) alone, as
 * {@code ModelPriceForecaster}'s recipes (recalibrated at every call, with no state carried from one day to the next)
 * and {@code ModelSpreadForecaster} (calibrated at anchors on absolute dates, on the prices known then) are; a
 * price forecast's warnings and a forecaster's exception (a skipped day) are kept with it.
 *
 * <p>Two backtests asking for the same day at once: the first computes it, the other waits for that result.
 */
public final class PriceForecastCache {
  private record Key(String recipe, MarketDay day, Instant asOf) {}

  private final Shelf<PriceForecaster.Outcome> prices = new Shelf<>();
  private final Shelf<SpreadForecast> spreads = new Shelf<>();

  /** The recipe of {@code ModelPriceForecaster.gb(model, runAt)}: what its forecasts depend on besides the data. */
  public static String gbRecipe(org.convergence.connectors.settings.ConvergenceSettings s) {
    return "gb prices.model=" + s.prices().model() + " schedule.run_at=" + s.schedule().runAt();
  }

  /** {@code forecaster}, whose forecasts are a function of (day, history, as-of) and {@code recipe}, through this cache. */
  public PriceForecaster sharing(String recipe, PriceForecaster forecaster) {
    Objects.requireNonNull(recipe, "recipe");
    Objects.requireNonNull(forecaster, "forecaster");
    return new PriceForecaster() {
      @Override
      public String id() {
        return forecaster.id();
      }

      @Override
      public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
        return forecastWithWarnings(day, history, asOf).forecast();
      }

      @Override
      public Outcome forecastWithWarnings(MarketDay day, PriceHistory history, Instant asOf) {
        return prices.get(new Key(recipe, day, asOf), () -> forecaster.forecastWithWarnings(day, history, asOf));
      }

      @Override
      public String toString() {
        return "shared " + forecaster;
      }
    };
  }

  /** The spread forecaster {@code spread} (a function of day, history and as-of, named by its id) through this cache. */
  public SpreadForecaster sharing(SpreadForecaster spread) {
    Objects.requireNonNull(spread, "spread");
    String recipe = spread.id();
    return new SpreadForecaster() {
      @Override
      public String id() {
        return spread.id();
      }

      @Override
      public SpreadForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
        return spreads.get(new Key(recipe, day, asOf), () -> spread.forecast(day, history, asOf));
      }

      @Override
      public String toString() {
        return "shared " + spread;
      }
    };
  }

  /** Price forecasts computed (each recipe, day and as-of once). */
  public long computed() {
    return prices.computed.sum();
  }

  /** Price forecasts served from the cache (or waited for from another backtest computing them). */
  public long reused() {
    return prices.reused.sum();
  }

  /** Spread forecasts computed. */
  public long spreadsComputed() {
    return spreads.computed.sum();
  }

  /** Spread forecasts served from the cache. */
  public long spreadsReused() {
    return spreads.reused.sum();
  }

  /** One kind of forecast's outcomes by key, with how many were computed and how many served again. */
  private static final class Shelf<V> {
    private final ConcurrentHashMap<Key, CompletableFuture<V>> outcomes = new ConcurrentHashMap<>();
    private final LongAdder computed = new LongAdder();
    private final LongAdder reused = new LongAdder();

    /** The outcome for {@code key}: computed by the first caller, the same value or exception for the others. */
    V get(Key key, Supplier<V> compute) {
      CompletableFuture<V> mine = new CompletableFuture<>();
      CompletableFuture<V> theirs = outcomes.putIfAbsent(key, mine);
      if (theirs != null) {
        reused.increment();
        try {
          return theirs.join();
        } catch (CompletionException e) {
          // the same exception the forecaster threw for the first caller (the day is skipped the same way)
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw e;
        }
      }
      computed.increment();
      try {
        V v = compute.get();
        mine.complete(v);
        return v;
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
        throw e;
      } catch (Error e) {
        outcomes.remove(key, mine); // not the forecaster's answer: the next caller tries again
        mine.completeExceptionally(e);
        throw e;
      }
    }
  }
}
