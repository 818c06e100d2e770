package org.convergence.model.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.PriceDataReader;
import org.convergence.model.naive.NaiveTrainer;
import org.junit.jupiter.api.Test;

class ModelPriceForecasterTest {
  /** An in-memory history over the GB test slice that records which days were asked for. */
  static final class SliceHistory implements PriceHistory {
    final DailySeries s;

    SliceHistory(DailySeries s) {
      this.s = s;
    }

    @Override
    public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
      List<HourPrice> out = new ArrayList<>();
      for (MarketDay d = from; !d.date().isAfter(to.date()); d = d.next()) {
        if (!s.contains(d.date())) {
          continue;
        }
        for (int h = 0; h < 24; h++) {
          double p = s.price(s.indexOf(d.date()), h);
          if (!Double.isNaN(p)) {
            out.add(new HourPrice(d, HourId.of(h + 1), p));
          }
        }
      }
      return out;
    }

    @Override
    public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
      return List.of();
    }
  }

  @Test
  void standardNaiveOnGbUsesDayMinusTwoAtTheGateAndGivesQuantiles() throws IOException {
    DailySeries s = PriceDataReader.readGb("GB", new InputStreamReader(
        getClass().getResourceAsStream("/gb/gb_apxmidp_2022_jan_apr.csv"), StandardCharsets.UTF_8));
    ModelPriceForecaster f = ModelPriceForecaster.recalibrating(
        new NaiveTrainer(NaiveTrainer.Kind.STANDARD, 2), 30);
    MarketDay day = MarketDay.of(2022, 3, 16); // a Wednesday
    Instant gate = day.gateClosure();
    PriceForecast pf = f.forecast(day, new SliceHistory(s), gate);
    assertThat(pf.hours()).hasSize(24);
    int dMinus2 = s.indexOf(day.date().minusDays(2));
    for (int h = 0; h < 24; h++) {
      assertThat(pf.hours().get(h).pointGbpPerMWh()).isEqualTo(s.price(dMinus2, h));
      assertThat(pf.hours().get(h).quantiles()).extracting(q -> q.level()).containsExactly(0.1, 0.5, 0.9);
      assertThat(pf.hours().get(h).quantile(0.1)).isLessThanOrEqualTo(pf.hours().get(h).quantile(0.9));
    }
    // an hour delivered after asOf is never used: at the gate, D-1 is unknown, so a D-1 rule must fail loudly
    ModelPriceForecaster dMinus1 = ModelPriceForecaster.recalibrating(
        new NaiveTrainer(NaiveTrainer.Kind.STANDARD, 1), 30);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dMinus1.forecast(day, new SliceHistory(s), gate))
        .hasMessageContaining("missing");
  }
}
