package org.convergence.connectors.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.convergence.core.price.FallbackPriceForecaster;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/**
 * The worker's forecast cache: one call of the forecaster per (recipe, day, as-of), whoever asks; the same
 * forecast, warnings and exception for every asker; another recipe, day or as-of is computed apart.
 */
class PriceForecastCacheTest {
  static final MarketDay DAY = MarketDay.of(LocalDate.of(2022, 3, 1));
  static final Instant AS_OF = Instant.parse("2022-02-28T08:30:00Z");
  static final PriceHistory NONE = InMemoryPriceHistory.empty();

  /** Forecasts the day's epoch day at every hour; fails on {@code failing}; counts its calls. */
  static final class Counting implements PriceForecaster {
    final AtomicInteger calls = new AtomicInteger();
    final MarketDay failing;

    Counting(MarketDay failing) {
      this.failing = failing;
    }

    @Override
    public String id() {
      return "counting";
    }

    @Override
    public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
      calls.incrementAndGet();
      if (day.equals(failing)) {
        throw new IllegalArgumentException("too little history for " + day);
      }
      List<HourPriceForecast> hours = new ArrayList<>();
      for (HourId h : HourId.all()) {
        hours.add(new HourPriceForecast(h, day.date().toEpochDay() % 100, List.of()));
      }
      return new PriceForecast(day, id(), hours);
    }
  }

  @Test
  void eachRecipeDayAndAsOfIsComputedOnceAndServedToEveryAsker() {
    PriceForecastCache cache = new PriceForecastCache();
    Counting model = new Counting(DAY.next());
    PriceForecaster a = cache.sharing("lear 08:30", model);
    PriceForecaster b = cache.sharing("lear 08:30", model);
    PriceForecast first = a.forecast(DAY, NONE, AS_OF);
    assertThat(b.forecast(DAY, NONE, AS_OF)).isSameAs(first);
    assertThat(model.calls).hasValue(1);
    assertThat(cache.computed()).isEqualTo(1);
    assertThat(cache.reused()).isEqualTo(1);

    // another as-of, day or recipe is its own forecast
    a.forecast(DAY, NONE, AS_OF.plusSeconds(1800));
    a.forecast(DAY.previous(), NONE, AS_OF);
    cache.sharing("gbm 08:30", model).forecast(DAY, NONE, AS_OF);
    assertThat(model.calls).hasValue(4);

    // a failure is the forecaster's answer for that day: the same exception again, not a second call
    assertThatThrownBy(() -> a.forecast(DAY.next(), NONE, AS_OF)).hasMessage("too little history for " + DAY.next());
    assertThatThrownBy(() -> b.forecast(DAY.next(), NONE, AS_OF)).hasMessage("too little history for " + DAY.next());
    assertThat(model.calls).hasValue(5);
  }

  @Test
  void aFallbackWarningIsKeptWithItsForecast() {
    PriceForecastCache cache = new PriceForecastCache();
    Counting fallback = new Counting(null);
    PriceForecaster f = new FallbackPriceForecaster(new Counting(DAY), fallback);
    PriceForecaster.Outcome first = cache.sharing("r", f).forecastWithWarnings(DAY, NONE, AS_OF);
    PriceForecaster.Outcome again = cache.sharing("r", f).forecastWithWarnings(DAY, NONE, AS_OF);
    assertThat(first.warnings()).hasSize(1).allMatch(w -> w.contains("too little history"));
    assertThat(again).isEqualTo(first);
    assertThat(fallback.calls).hasValue(1);
  }
}
