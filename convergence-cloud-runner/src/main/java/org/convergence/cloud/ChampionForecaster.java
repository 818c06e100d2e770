package org.convergence.cloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;

/**
 * The daily run's forecaster: the newest promoted model from the archive (loaded once, reloaded when the retrain
 * job promotes another), or the configured fallback while no model has been promoted.
 */
public final class ChampionForecaster implements PriceForecaster {
  private final ChampionCache<PriceForecaster> champions;
  private final Supplier<PriceForecaster> fallbackFactory;
  private PriceForecaster fallback;

  /** @param fallback makes the configured model, when it is first needed */
  public ChampionForecaster(ChampionCache<PriceForecaster> champions, Supplier<PriceForecaster> fallback) {
    this.champions = Objects.requireNonNull(champions, "champions");
    this.fallbackFactory = Objects.requireNonNull(fallback, "fallback");
  }

  private synchronized PriceForecaster fallback() {
    if (fallback == null) {
      fallback = Objects.requireNonNull(fallbackFactory.get(), "fallback forecaster");
    }
    return fallback;
  }

  private PriceForecaster current() {
    try {
      Optional<ChampionCache.Loaded<PriceForecaster>> c = champions.current();
      return c.isPresent() ? c.get().model() : fallback();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the champion price model: " + e.getMessage(), e);
    }
  }

  @Override
  public String id() {
    return current().id();
  }

  @Override
  public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
    return current().forecast(day, history, asOf);
  }
}
