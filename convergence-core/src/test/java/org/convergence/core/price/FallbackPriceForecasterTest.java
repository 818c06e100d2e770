package org.convergence.core.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.convergence.core.testkit.Fixtures;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class FallbackPriceForecasterTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 10);
  static final InMemoryPriceHistory HISTORY = InMemoryPriceHistory.of(List.of(), List.of());

  /** A forecaster of a constant price under its own id, or one that throws when {@code failure} is set. */
  static PriceForecaster model(String id, double price, RuntimeException failure) {
    return new PriceForecaster() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
        if (failure != null) {
          throw failure;
        }
        PriceForecast f = Fixtures.prices(day, h -> price);
        return new PriceForecast(day, id, f.hours());
      }
    };
  }

  @Test
  void aWorkingModelForecastsWithoutWarnings() {
    FallbackPriceForecaster f = new FallbackPriceForecaster(model("lear-daily", 100, null),
        model("naive-weekly-daily", 50, null));
    PriceForecaster.Outcome o = f.forecastWithWarnings(DAY, HISTORY, DAY.gateClosure());
    assertThat(o.forecast().modelId()).isEqualTo("lear-daily");
    assertThat(o.forecast().meanPointGbpPerMWh()).isEqualTo(100);
    assertThat(o.warnings()).isEmpty();
    assertThat(f.id()).isEqualTo("lear-daily");
  }

  @Test
  void aFailingModelFallsBackWithAWarningNamingItAndTheReason() {
    FallbackPriceForecaster f = new FallbackPriceForecaster(
        model("lear-daily", 100, new java.io.UncheckedIOException("model file lear.json is corrupt",
            new java.io.IOException("truncated"))),
        model("naive-weekly-daily", 50, null));
    PriceForecaster.Outcome o = f.forecastWithWarnings(DAY, HISTORY, DAY.gateClosure());
    assertThat(o.forecast().modelId()).isEqualTo("naive-weekly-daily");
    assertThat(o.forecast().meanPointGbpPerMWh()).isEqualTo(50);
    assertThat(o.warnings()).singleElement().asString()
        .contains("lear-daily", "model file lear.json is corrupt", "naive-weekly-daily");
    assertThat(f.forecast(DAY, HISTORY, DAY.gateClosure()).modelId()).isEqualTo("naive-weekly-daily");
  }
}
