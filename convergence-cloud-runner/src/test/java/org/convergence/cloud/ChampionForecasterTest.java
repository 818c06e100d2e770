package org.convergence.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.model.archive.ChampionRecord;
import org.convergence.model.archive.ModelArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChampionForecasterTest {
  @TempDir Path dir;

  /** A test model that forecasts a flat price, named and priced by its model file ("id:price"). */
  record Flat(String id, double price) implements PriceForecaster {
    @Override
    public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
      List<HourPriceForecast> hours = new ArrayList<>();
      for (HourId h : HourId.all()) {
        hours.add(new HourPriceForecast(h, price, List.of()));
      }
      return new PriceForecast(day, id, hours);
    }
  }

  static PriceForecaster decode(String id, byte[] file) {
    return new Flat(id, Double.parseDouble(new String(file, StandardCharsets.UTF_8)));
  }

  @Test
  void usesTheFallbackUntilAModelIsPromotedThenTheNewestChampion() throws Exception {
    ModelArchive archive = new ModelArchive(dir);
    int[] fallbacksMade = {0};
    ChampionForecaster f = new ChampionForecaster(new ChampionCache<>(archive, ChampionForecasterTest::decode),
        () -> {
          fallbacksMade[0]++;
          return new Flat("naive-weekly", 50);
        });
    MarketDay day = MarketDay.of(2022, 3, 20);
    assertThat(fallbacksMade[0]).isZero();
    assertThat(f.forecast(day, null, Instant.EPOCH).modelId()).isEqualTo("naive-weekly");

    archive.store("lear-1", "80".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    archive.promote(new ChampionRecord("lear-1", "lear", Instant.EPOCH, "first"));
    PriceForecast p = f.forecast(day, null, Instant.EPOCH);
    assertThat(p.modelId()).isEqualTo("lear-1");
    assertThat(p.meanPointGbpPerMWh()).isEqualTo(80);
    assertThat(f.id()).isEqualTo("lear-1");
    assertThat(fallbacksMade[0]).isEqualTo(1);
  }
}
