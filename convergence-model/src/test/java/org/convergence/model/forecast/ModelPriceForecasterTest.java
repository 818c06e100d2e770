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
    // an hour delivered after asOf is never used: at the gate only hours 1..10 of D-1 are published, so a D-1 rule
    // gets those and, for the rest, the same hours of D-2 (the latest earlier day that has them), never D-1's own
    ModelPriceForecaster dMinus1 = ModelPriceForecaster.recalibrating(
        new NaiveTrainer(NaiveTrainer.Kind.STANDARD, 1), 30);
    PriceForecast early = dMinus1.forecast(day, new SliceHistory(s), gate);
    int dMinus1Index = s.indexOf(day.date().minusDays(1));
    for (int h = 0; h < 24; h++) {
      assertThat(early.hours().get(h).pointGbpPerMWh()).isEqualTo(s.price(h < 10 ? dMinus1Index : dMinus2, h));
    }
  }

  /** The slice with every clearing price of the hours {@code changed} accepts tripled plus 100. */
  static SliceHistory changed(DailySeries s, java.util.function.BiPredicate<java.time.LocalDate, Integer> changed) {
    double[][] p = new double[s.days()][24];
    for (int d = 0; d < s.days(); d++) {
      for (int h = 0; h < 24; h++) {
        p[d][h] = changed.test(s.day(d), h) ? 3 * s.price(d, h) + 100 : s.price(d, h);
      }
    }
    return new SliceHistory(new DailySeries(s.name(), s.firstDay(), p, List.of(), new double[0][][]));
  }

  @Test
  void gbLearUsesTheHoursOfDayMinusOneDeliveredByTheRunAndNothingLater() throws IOException {
    DailySeries s = PriceDataReader.readGb("GB", new InputStreamReader(
        getClass().getResourceAsStream("/gb/gb_apxmidp_2022_jan_apr.csv"), StandardCharsets.UTF_8));
    org.convergence.model.MarketProfile gb = org.convergence.model.MarketProfile.gb();
    assertThat(gb.partialDayHours()).isEqualTo(9);
    ModelPriceForecaster f = ModelPriceForecaster.recalibrating(new org.convergence.model.lear.LearEnsembleTrainer(
        List.of(56), gb.learFeatures(), 2, new org.convergence.model.lasso.LassoAicPath(),
        java.util.concurrent.ForkJoinPool.commonPool()), 100);
    MarketDay day = MarketDay.of(2022, 3, 16);
    Instant run = day.gateClosure().minusSeconds(1800); // 08:30Z on D-1: hours 1..9 of D-1 delivered
    java.time.LocalDate dMinus1 = day.date().minusDays(1);
    PriceForecast honest = f.forecast(day, new SliceHistory(s), run);
    assertThat(f.forecast(day, changed(s, (d, h) -> d.isAfter(dMinus1) || d.equals(dMinus1) && h >= 9), run)
        .hours()).isEqualTo(honest.hours());
    assertThat(f.forecast(day, changed(s, (d, h) -> d.equals(dMinus1) && h < 9), run).hours())
        .isNotEqualTo(honest.hours());
    // before hour 9 of D-1 has been delivered the model has not all its inputs: an error, not a quiet guess
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.forecast(day, new SliceHistory(s),
        run.minusSeconds(3600))).hasMessageContaining("not all delivered");
  }
}
