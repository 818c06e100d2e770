package org.convergence.connectors.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.strategy.EvStrategy;
import org.convergence.core.strategy.Strategies;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** A daily run fits the spread model (its dearest step) only for a strategy that reads the spread forecast. */
class LiveRunSpreadModelTest {
  private final AtomicInteger built = new AtomicInteger();
  private final SpreadForecaster model = new SpreadForecaster() {
    @Override
    public String id() {
      return "test-spread-model";
    }

    @Override
    public SpreadForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
      throw new AssertionError("not called here");
    }
  };

  private SpreadForecaster build() {
    built.incrementAndGet();
    return model;
  }

  @Test
  void onlyEvReadsTheSpreadForecastAndOnlyItsDailyRunBuildsTheSpreadModel() {
    for (String name : Strategies.NAMES) {
      BiddingStrategy strategy = Strategies.byName(name);
      boolean ev = name.equals(EvStrategy.NAME);
      assertThat(strategy.usesSpreadForecast()).as(name).isEqualTo(ev);
      int before = built.get();
      Optional<SpreadForecaster> wired = LiveRun.spreadForecasterFor(strategy, this::build);
      if (ev) {
        assertThat(wired).as(name).containsSame(model);
        assertThat(built.get()).as(name).isEqualTo(before + 1);
      } else {
        assertThat(wired).as(name).isEmpty();
        assertThat(built.get()).as(name + " builds no spread model").isEqualTo(before);
      }
    }
    assertThat(built).hasValue(1);
  }
}
