package org.convergence.model.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.PublishedPrices;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class RollingEvaluatorTest {
  static final MarketDay FIRST = MarketDay.of(2022, 3, 1);

  /** Price of day i (0 = FIRST), hour h: a daily level plus an hourly shape. */
  static double price(int i, int h) {
    return 100 + 10 * i + h;
  }

  static ListPriceHistory history(int days) {
    List<HourPrice> out = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      for (HourId h : HourId.all()) {
        out.add(new HourPrice(FIRST.plusDays(i), h, price(i, h.value())));
      }
    }
    return new ListPriceHistory(out);
  }

  /** Forecasts every hour as the latest visible price of that hour: a naive daily model, recalibrated each day. */
  static final class LatestVisible implements PriceForecaster {
    final List<Instant> asOfs = new ArrayList<>();
    final List<MarketDay> latestSeen = new ArrayList<>();

    @Override
    public String id() {
      return "latest-visible";
    }

    @Override
    public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
      asOfs.add(asOf);
      List<HourPrice> seen = history.clearingPrices(day.minusDays(30), day.plusDays(30));
      latestSeen.add(seen.isEmpty() ? null : seen.get(seen.size() - 1).day());
      List<HourPriceForecast> hours = new ArrayList<>();
      for (HourId h : HourId.all()) {
        double p = seen.stream().filter(x -> x.hour().equals(h)).reduce((a, b) -> b)
            .map(HourPrice::priceGbpPerMWh).orElse(0.0);
        hours.add(new HourPriceForecast(h, p, List.of()));
      }
      return new PriceForecast(day, id(), hours);
    }
  }

  @Test
  void forecastsEachDayWithOnlyWhatWasKnownHalfAnHourBeforeItsGate() {
    ListPriceHistory h = history(10);
    LatestVisible f = new LatestVisible();
    Evaluation e = new RollingEvaluator(h).evaluate(f, FIRST.plusDays(5), FIRST.plusDays(9));

    assertThat(f.asOfs).containsExactly(
        Instant.parse("2022-03-05T08:30:00Z"), Instant.parse("2022-03-06T08:30:00Z"),
        Instant.parse("2022-03-07T08:30:00Z"), Instant.parse("2022-03-08T08:30:00Z"),
        Instant.parse("2022-03-09T08:30:00Z"));
    // at D-1 08:30Z market day D-1 is still delivering (until D-1 23:00Z): the latest day seen is D-1, but only
    // its hours 1..9 (ended by 08:00Z); hours 10..24 are last seen on D-2
    assertThat(f.latestSeen).containsExactly(FIRST.plusDays(4), FIRST.plusDays(5), FIRST.plusDays(6),
        FIRST.plusDays(7), FIRST.plusDays(8));
    assertThat(e.days()).hasSize(5);
    assertThat(e.errors()).hasSize(5 * 24);
    // hour 1..9: latest visible is D-1 (error 10); hours 10..24: D-2 (error 20)
    assertThat(e.maeGbpPerMWh()).isCloseTo((9 * 10.0 + 15 * 20.0) / 24, within(1e-9));
  }

  @Test
  void forecastsAtTheRunsPlanningTimeWhenTheScheduleSetsOne() {
    ListPriceHistory h = history(10);
    LatestVisible f = new LatestVisible();
    Evaluation e = new RollingEvaluator(h, new org.convergence.core.time.PlanningTime(java.time.LocalTime.of(7, 30)))
        .evaluate(f, FIRST.plusDays(5), FIRST.plusDays(6));
    assertThat(f.asOfs).containsExactly(Instant.parse("2022-03-05T07:30:00Z"), Instant.parse("2022-03-06T07:30:00Z"));
    // at 07:30Z only hours 1..8 of D-1 have been delivered: hour 9 is last seen on D-2 too
    assertThat(e.maeGbpPerMWh()).isCloseTo((8 * 10.0 + 16 * 20.0) / 24, within(1e-9));
  }

  @Test
  void skipsDaysWithoutClearingPrices() {
    ListPriceHistory h = history(6);
    Evaluation e = new RollingEvaluator(h).evaluate(new LatestVisible(), FIRST.plusDays(4), FIRST.plusDays(8));
    assertThat(e.days()).containsExactly(FIRST.plusDays(4), FIRST.plusDays(5));
  }

  @Test
  void hidesEverythingAfterTheCutOff() {
    ListPriceHistory h = history(3);
    PriceHistory view = PublishedPrices.asOf(h, Instant.parse("2022-03-01T02:00:00Z"));
    // market day 2022-03-01 hour 1 = 2022-02-28 23:00-24:00Z ... hour 3 ends at 02:00Z
    assertThat(view.clearingPrices(FIRST, FIRST.plusDays(2))).extracting(p -> p.hour().value())
        .containsExactly(1, 2, 3);
  }
}
