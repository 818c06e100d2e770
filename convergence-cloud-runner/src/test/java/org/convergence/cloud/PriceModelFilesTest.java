package org.convergence.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.contrib.nio.CloudStorageConfiguration;
import com.google.cloud.storage.contrib.nio.CloudStorageFileSystem;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.time.MarketDay;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModels;
import org.convergence.model.archive.ChampionRecord;
import org.convergence.model.archive.ModelArchive;
import org.convergence.model.data.DailySeries;
import org.convergence.model.file.ModelFile;
import org.convergence.model.file.ModelFiles;
import org.junit.jupiter.api.Test;

/** A real model file, promoted in the bucket, forecasts through the service's champion forecaster. */
class PriceModelFilesTest {
  static final MarketDay DAY = MarketDay.of(2022, 4, 20);
  static final Instant AS_OF = DAY.gateClosure().minusSeconds(1800);

  static DailySeries series(InMemoryPriceHistory h) {
    MarketDay first = MarketDay.of(2022, 1, 1);
    MarketDay last = DAY.minusDays(2);
    int days = (int) (last.date().toEpochDay() - first.date().toEpochDay()) + 1;
    double[][] p = new double[days][24];
    h.clearingPrices(first, last).forEach(x ->
        p[(int) (x.day().date().toEpochDay() - first.date().toEpochDay())][x.hour().index()] = x.priceGbpPerMWh());
    return new DailySeries("bundled", first.date(), p, List.of(), new double[0][][]);
  }

  @Test
  void aPromotedModelFileForecastsTheDay() throws Exception {
    InMemoryPriceHistory prices = GbPriceFiles.bundled();
    ModelFile file = PriceModels.train(series(prices), "test", PriceModels.trainer("naive-standard",
        MarketProfile.gb(), java.util.concurrent.ForkJoinPool.commonPool()), DAY.date(), null, Map.of(), List.of());
    ModelArchive archive = new ModelArchive(CloudStorageFileSystem.forBucket("convergence-models",
        CloudStorageConfiguration.DEFAULT, LocalStorageHelper.getOptions()).getPath("/models"));
    archive.store("naive-standard-1", ModelFiles.toJson(file).getBytes(StandardCharsets.UTF_8), "{}".getBytes());
    archive.promote(new ChampionRecord("naive-standard-1", "naive-standard", AS_OF, "test"));

    ChampionForecaster f = new ChampionForecaster(new ChampionCache<>(archive, PriceModelFiles::load),
        () -> PriceModelFiles.byName("naive-weekly", java.time.LocalTime.of(8, 30)));
    PriceForecast forecast = f.forecast(DAY, prices, AS_OF);

    assertThat(forecast.day()).isEqualTo(DAY);
    assertThat(forecast.hours()).hasSize(24);
    // naive-standard on a Wednesday: D-1 is not complete at the gate, so the latest complete day (D-2) repeats
    assertThat(forecast.hour(org.convergence.core.time.HourId.of(5)).pointGbpPerMWh())
        .isEqualTo(prices.clearingPrices(DAY.minusDays(2), DAY.minusDays(2)).get(4).priceGbpPerMWh());
    assertThat(LocalDate.of(2022, 4, 20).getDayOfWeek()).hasToString("WEDNESDAY");
  }

  @Test
  void theConfiguredModelServesUntilOneIsPromoted() {
    InMemoryPriceHistory prices = GbPriceFiles.bundled();
    PriceForecast f = PriceModelFiles.byName("naive-weekly", java.time.LocalTime.of(8, 30)).forecast(DAY, prices, AS_OF);
    assertThat(f.modelId()).startsWith("naive-weekly");
    assertThat(f.hours()).hasSize(24).allSatisfy(h -> {
      assertThat(h.pointGbpPerMWh()).isBetween(0.0, 1000.0);
      assertThat(h.quantile(0.1)).isLessThanOrEqualTo(h.quantile(0.9));
    });
  }
}
