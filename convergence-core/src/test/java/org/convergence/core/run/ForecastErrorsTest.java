package org.convergence.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.convergence.core.store.InMemoryStore;
import org.convergence.core.store.SettlementRecord;
import org.convergence.core.store.StoreFixtures;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** Live forecast errors: stored forecasts against the metered net of stored settlements, as settled by then. */
class ForecastErrorsTest {
  private static final MarketDay PAST = StoreFixtures.DAY;
  private static final MarketDay DAY = PAST.next().next();

  @Test
  void settledHoursCountOnceTheyWereSettledByTheRunsTime() {
    InMemoryStore store = new InMemoryStore();
    store.saveEnergyForecast(StoreFixtures.energy(PAST, 0));
    SettlementRecord settled = StoreFixtures.settledRecord(PAST, 0);
    store.saveSettlementRecord(settled);
    Instant settledAt = settled.hours().get(0).settledAt();
    ForecastErrors errors = ForecastErrors.stored(store, ForecastErrors.DEFAULT_LOOKBACK_DAYS);

    assertThat(errors.uncertainty(DAY, settledAt.minus(Duration.ofMinutes(1))).sampleCount()).isZero();
    assertThat(errors.uncertainty(DAY, settledAt).sampleCount()).isEqualTo(24);
  }

  @Test
  void withoutSettlementsOrReadingsThereAreNoErrors() {
    InMemoryStore store = new InMemoryStore();
    store.saveEnergyForecast(StoreFixtures.energy(PAST, 0));

    assertThat(ForecastErrors.stored(store, 14).uncertainty(DAY, DAY.gateClosure()).sampleCount()).isZero();
  }
}
