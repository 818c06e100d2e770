package org.convergence.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.MarketRules;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.testkit.Fixtures;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class StrategiesTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 15);
  static final GridConnection GRID = new GridConnection(1.0, 0.5);

  /** Net: +0.3 MWh in odd hours, -0.2 in even hours, +2.5 (above the export cap) in hour 12, -0.9 in hour 13. */
  static double net(int h) {
    if (h == 12) {
      return 2.5;
    }
    if (h == 13) {
      return -0.9;
    }
    return h % 2 == 1 ? 0.3 : -0.2;
  }

  static BiddingContext context(SpreadEstimate spread, NetUncertainty unc) {
    return new BiddingContext(DAY, Fixtures.energy(DAY, StrategiesTest::net),
        Fixtures.prices(DAY, h -> 100 + h), GRID, spread, unc);
  }

  static BiddingContext context() {
    return context(SpreadEstimate.none(), NetUncertainty.none());
  }

  static SpreadEstimate constantSpreads(double... values) {
    List<List<Double>> byHour = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    for (double v : values) {
      s.add(v);
    }
    for (int i = 0; i < 24; i++) {
      byHour.add(s);
    }
    return SpreadEstimate.ofSamples(byHour);
  }

  static void assertWithinLimits(OrderSet set) {
    for (Order o : set.orders()) {
      assertThat(o.volumeMWh()).isLessThanOrEqualTo(GRID.hourlyCapMWh(o.side()) + 1e-12);
      assertThat(o.limitPriceGbpPerMWh()).isBetween(MarketRules.PRICE_FLOOR_GBP_PER_MWH,
          MarketRules.PRICE_CAP_GBP_PER_MWH);
    }
  }

  @Test
  void seedSidesBySurplusAndSetsLimitTenPercentOfMeanBelowTheForecast() {
    OrderSet set = new SeedStrategy().orders(context());
    assertThat(set.size()).isEqualTo(24);
    double mean = 100 + 12.5;
    Order h1 = set.forHour(HourId.of(1)).orElseThrow();
    assertThat(h1.side()).isEqualTo(Side.SELL);
    assertThat(h1.volumeMWh()).isCloseTo(0.3, within(1e-9));
    assertThat(h1.limitPriceGbpPerMWh()).isCloseTo(101 - 0.1 * mean, within(1e-9));
    Order h2 = set.forHour(HourId.of(2)).orElseThrow();
    assertThat(h2.side()).isEqualTo(Side.BUY);
    assertThat(h2.volumeMWh()).isCloseTo(0.2, within(1e-9));
    assertThat(h2.limitPriceGbpPerMWh()).isCloseTo(102 - 0.1 * mean, within(1e-9));
    assertThat(set.forHour(HourId.of(12)).orElseThrow().volumeMWh()).isEqualTo(1.0);
    assertThat(set.forHour(HourId.of(13)).orElseThrow().volumeMWh()).isEqualTo(0.5);
    assertWithinLimits(set);
  }

  @Test
  void seedClampsLimitsIntoThePriceRange() {
    BiddingContext c = new BiddingContext(DAY, Fixtures.energy(DAY, h -> 0.1),
        Fixtures.prices(DAY, h -> h == 1 ? 2990 : -480), GRID, SpreadEstimate.none(), NetUncertainty.none());
    OrderSet set = new SeedStrategy().orders(c);
    // mean = (2990 - 23*480)/24 < 0 so the limit of -480 rises above -480; hour 1: 2990 - 0.1*mean > 3000
    double mean = (2990 - 23 * 480.0) / 24;
    assertThat(set.forHour(HourId.of(1)).orElseThrow().limitPriceGbpPerMWh()).isEqualTo(3000.0);
    assertThat(set.forHour(HourId.of(2)).orElseThrow().limitPriceGbpPerMWh()).isCloseTo(-480 - 0.1 * mean,
        within(1e-9));
  }

  @Test
  void hedgeContractsExpectedNetAtLimitsThatAlwaysFill() {
    OrderSet set = new HedgeStrategy().orders(context());
    assertThat(set.size()).isEqualTo(24);
    for (Order o : set.orders()) {
      double expected = Math.min(Math.abs(net(o.hour().value())), GRID.hourlyCapMWh(o.side()));
      assertThat(o.volumeMWh()).isCloseTo(expected, within(1e-9));
      assertThat(o.side()).isEqualTo(net(o.hour().value()) > 0 ? Side.SELL : Side.BUY);
      assertThat(o.fillsAt(MarketRules.PRICE_FLOOR_GBP_PER_MWH)).isTrue();
      assertThat(o.fillsAt(MarketRules.PRICE_CAP_GBP_PER_MWH)).isTrue();
    }
    assertWithinLimits(set);
  }

  @Test
  void hedgeSkipsHoursWithNoNetEnergy() {
    BiddingContext c = new BiddingContext(DAY, Fixtures.energy(DAY, h -> h == 5 ? 0.0004 : 0.0),
        Fixtures.prices(DAY, h -> 50), GRID, SpreadEstimate.none(), NetUncertainty.none());
    assertThat(new HedgeStrategy().orders(c).isEmpty()).isTrue();
  }

  @Test
  void noneSubmitsNothing() {
    assertThat(new NoTradeStrategy().orders(context()).isEmpty()).isTrue();
  }

  @Test
  void quantileUsesTheCriticalRatioOfTheSpreadsParts() {
    // spreads +30 (x3) and -10 (x1): c_long = 90/4, c_short = 10/4 -> tau = 0.9
    SpreadEstimate spread = constantSpreads(30, 30, 30, -10, 30, 30, 30, -10);
    assertThat(QuantileStrategy.criticalRatio(spread, HourId.of(3))).isCloseTo(0.9, within(1e-12));
    // errors -0.10 .. +0.10 in 21 steps of 0.01: the 0.9 quantile is +0.08
    List<Double> errors = new ArrayList<>();
    for (int i = -10; i <= 10; i++) {
      errors.add(i / 100.0);
    }
    Collections.shuffle(errors, new java.util.Random(1));
    OrderSet set = new QuantileStrategy().orders(context(spread, NetUncertainty.ofErrors(errors)));
    assertThat(set.forHour(HourId.of(1)).orElseThrow().volumeMWh()).isCloseTo(0.38, within(1e-9));
    Order h2 = set.forHour(HourId.of(2)).orElseThrow();
    assertThat(h2.side()).isEqualTo(Side.BUY);
    assertThat(h2.volumeMWh()).isCloseTo(0.12, within(1e-9));
    assertWithinLimits(set);
  }

  @Test
  void quantileWithoutHistoryContractsTheMedianAndWithoutErrorsEqualsHedge() {
    assertThat(QuantileStrategy.criticalRatio(SpreadEstimate.none(), HourId.of(1))).isEqualTo(0.5);
    assertThat(new QuantileStrategy().orders(context()).orders())
        .isEqualTo(new HedgeStrategy().orders(context()).orders());
  }

  @Test
  void quantileContractsLessWhenImbalanceTendsToBeDearer() {
    SpreadEstimate spread = constantSpreads(-30, -30, -30, 10, -30, -30, -30, 10);
    List<Double> errors = List.of(-0.1, 0.0, 0.1);
    OrderSet set = new QuantileStrategy().orders(context(spread, NetUncertainty.ofErrors(errors)));
    // tau = 0.1 -> error quantile = -0.08: hour 1 sells 0.22, hour 2 buys 0.28
    assertThat(set.forHour(HourId.of(1)).orElseThrow().volumeMWh()).isCloseTo(0.22, within(1e-9));
    assertThat(set.forHour(HourId.of(2)).orElseThrow().volumeMWh()).isCloseTo(0.28, within(1e-9));
  }

  @Test
  void spreadTakesTheCappedPositionOnlyWhenTheMeanIsClear() {
    SpreadEstimate positive = constantSpreads(20, 22, 19, 21, 20, 18, 23, 20);
    OrderSet sell = new SpreadStrategy().orders(context(positive, NetUncertainty.none()));
    assertThat(sell.orders()).allSatisfy(o -> {
      assertThat(o.side()).isEqualTo(Side.SELL);
      assertThat(o.volumeMWh()).isEqualTo(1.0);
    });
    SpreadEstimate negative = constantSpreads(-20, -22, -19, -21, -20, -18, -23, -20);
    OrderSet buy = new SpreadStrategy().orders(context(negative, NetUncertainty.none()));
    assertThat(buy.orders()).allSatisfy(o -> {
      assertThat(o.side()).isEqualTo(Side.BUY);
      assertThat(o.volumeMWh()).isEqualTo(0.5);
    });
    SpreadEstimate noisy = constantSpreads(50, -40, 60, -70, 10, -20, 30, -35);
    assertThat(new SpreadStrategy().orders(context(noisy, NetUncertainty.none())).orders())
        .isEqualTo(new HedgeStrategy().orders(context()).orders());
  }

  @Test
  void spreadEstimateUsesOnlyHoursEndedBeforeAsOf() {
    MarketDay d1 = DAY.minusDays(2);
    MarketDay d2 = DAY.previous();
    PriceHistory history = new PriceHistory() {
      @Override
      public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
        List<HourPrice> out = new ArrayList<>();
        for (MarketDay d : List.of(d1, d2)) {
          for (HourId h : HourId.all()) {
            out.add(new HourPrice(d, h, 100));
          }
        }
        return out;
      }

      @Override
      public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
        List<HourPrice> out = new ArrayList<>();
        for (MarketDay d : List.of(d1, d2)) {
          for (HourId h : HourId.all()) {
            out.add(new HourPrice(d, h, d.equals(d1) ? 90 : 500));
          }
        }
        return out;
      }
    };
    Instant asOf = DAY.gateClosure().minusSeconds(1800);
    SpreadEstimate s = SpreadEstimate.fromHistory(history, DAY, asOf, 28);
    // D-1 hours that ended by 08:30Z of D-1: hours 1..9 (hour 9 ends 08:00Z); each hour has < 7 own samples, so pooled
    int knownOfD2 = (int) HourId.all().stream().filter(h -> !d2.hour(h).end().isAfter(asOf)).count();
    assertThat(knownOfD2).isEqualTo(9);
    List<Double> pooled = new ArrayList<>();
    for (HourId h : HourId.all()) {
      pooled.addAll(s.samples(h));
    }
    assertThat(s.samples(HourId.of(1))).hasSize(24 + knownOfD2);
    assertThat(s.meanGbpPerMWh(HourId.of(1))).isCloseTo((24 * 10.0 - knownOfD2 * 400.0) / (24 + knownOfD2),
        within(1e-9));
  }

  @Test
  void byNameKnowsEveryStrategyAndRejectsOthers() {
    for (String n : Strategies.NAMES) {
      assertThat(Strategies.byName(n).name()).isEqualTo(n);
    }
    assertThatThrownBy(() -> Strategies.byName("yolo")).hasMessageContaining("yolo").hasMessageContaining("hedge");
  }
}
