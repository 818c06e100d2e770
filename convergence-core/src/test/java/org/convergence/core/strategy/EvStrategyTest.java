package org.convergence.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.MarketRules;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.HourSpreadForecast;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.testkit.Fixtures;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class EvStrategyTest {
  static final MarketDay DAY = MarketDay.of(2021, 6, 15);
  static final GridConnection GRID = new GridConnection(1.0, 1.0);
  static final RiskBudget LOOSE = new RiskBudget(1.0, 1e9, 0.95, 1e9, 28, 0.0);

  /** Every hour has the scenarios {@code (P_k, S_k)} given by {@code scenarios(h)} as {P..., S...}. */
  static SpreadForecast forecast(IntFunction<double[][]> scenarios) {
    return forecast(DAY, scenarios);
  }

  static SpreadForecast forecast(MarketDay day, IntFunction<double[][]> scenarios) {
    List<HourSpreadForecast> hours = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double[][] ps = scenarios.apply(h.value());
      hours.add(new HourSpreadForecast(h, ps[0], ps[1]));
    }
    return new SpreadForecast(day, "test", hours);
  }

  static BiddingContext context(double net, SpreadForecast f) {
    return new BiddingContext(DAY, Fixtures.energy(DAY, h -> net), Fixtures.prices(DAY, h -> 100), GRID,
        SpreadEstimate.none(), NetUncertainty.none()).withSpreadForecast(f);
  }

  @Test
  void takesTheCapOnTheSideOfThePositiveExpectedValueAtAnAlwaysFillingLimit() {
    // odd hours: S mean +10 (sell pays); even hours: S mean -10 (buy pays)
    SpreadForecast f = forecast(h -> new double[][] {{90, 110}, h % 2 == 1 ? new double[] {0, 20}
        : new double[] {-20, 0}});
    EvStrategy.Decision d = new EvStrategy(LOOSE).decide(context(0, f));
    for (Order o : d.orders().orders()) {
      assertThat(o.volumeMWh()).isEqualTo(1.0);
      assertThat(o.side()).isEqualTo(o.hour().value() % 2 == 1 ? Side.SELL : Side.BUY);
      assertThat(o.limitPriceGbpPerMWh()).isEqualTo(o.side() == Side.SELL ? MarketRules.PRICE_FLOOR_GBP_PER_MWH
          : MarketRules.PRICE_CAP_GBP_PER_MWH);
    }
    assertThat(d.orders().size()).isEqualTo(24);
    assertThat(d.hours().get(0).expectedValueGbp()).isCloseTo(10, within(1e-9));
    assertThat(d.hours().get(0).spreadMean()).isCloseTo(10, within(1e-9));
  }

  @Test
  void aConditionalLimitIsChosenOnlyWhenTheJointScenariosMakeItWorthMore() {
    // two joint states: P = 50 with S = -10, P = 150 with S = +30; a SELL limited to P >= 150 fills only in the
    // state where selling pays
    SpreadForecast f = forecast(h -> new double[][] {{50, 150}, {-10, 30}});
    EvStrategy.Decision with = new EvStrategy(LOOSE, true).decide(context(0, f));
    Order o = with.orders().forHour(HourId.of(1)).orElseThrow();
    // always filling SELL: EV (−10 + 30) / 2 = 10; SELL limited to P >= 150: EV 30 / 2 = 15
    assertThat(o.side()).isEqualTo(Side.SELL);
    assertThat(o.limitPriceGbpPerMWh()).isGreaterThan(50).isLessThanOrEqualTo(150);
    assertThat(with.hours().get(0).expectedValueGbp()).isCloseTo(15, within(1e-9));
    assertThat(with.hours().get(0).fillProbability()).isCloseTo(0.5, within(1e-9));
    EvStrategy.Decision without = new EvStrategy(LOOSE, false).decide(context(0, f));
    assertThat(without.orders().forHour(HourId.of(1)).orElseThrow().limitPriceGbpPerMWh())
        .isEqualTo(MarketRules.PRICE_FLOOR_GBP_PER_MWH);
  }

  @Test
  void theDailyLossLimitScalesThePositionsUntilTheScenarioCvarMeetsIt() {
    // two joint scenario days: +20 every hour or -10 every hour; a full SELL loses 240 in the bad one
    SpreadForecast f = forecast(h -> new double[][] {{100, 100}, {20, -10}});
    EvStrategy.Decision loose = new EvStrategy(LOOSE).decide(context(0, f));
    assertThat(loose.cvarGbp()).isCloseTo(240, within(1e-9));
    EvStrategy.Decision tight = new EvStrategy(new RiskBudget(1.0, 60, 0.95, 1e9, 28, 0.0)).decide(context(0, f));
    assertThat(tight.cvarGbp()).isLessThanOrEqualTo(60 + 1e-6).isGreaterThan(59);
    assertThat(tight.scale()).isCloseTo(0.25, within(1e-6));
    assertThat(tight.orders().forHour(HourId.of(5)).orElseThrow().volumeMWh()).isCloseTo(0.25, within(0.001));
  }

  @Test
  void positionsStayWithinTheMaxBeyondTheExpectedNetAndTheGridCap() {
    SpreadForecast f = forecast(h -> new double[][] {{100}, {15}});
    EvStrategy.Decision d = new EvStrategy(new RiskBudget(0.4, 1e9, 0.95, 1e9, 28, 0)).decide(context(0.8, f));
    Order o = d.orders().forHour(HourId.of(3)).orElseThrow();
    assertThat(o.volumeMWh()).isEqualTo(1.0); // 0.8 + 0.4 capped by the 1 MW export cap
    d = new EvStrategy(new RiskBudget(0.4, 1e9, 0.95, 1e9, 28, 0)).decide(context(0.1, f));
    assertThat(d.orders().forHour(HourId.of(3)).orElseThrow().volumeMWh()).isCloseTo(0.5, within(1e-9));
    assertThat(d.hours().get(2).positionBeyondNetMWh()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void theMinimumEdgeKeepsSmallExpectedGainsHedged() {
    SpreadForecast f = forecast(h -> new double[][] {{100}, {h == 1 ? 3 : 8}});
    EvStrategy.Decision d = new EvStrategy(new RiskBudget(1.0, 1e9, 0.95, 1e9, 28, 5.0)).decide(context(0, f));
    assertThat(d.orders().forHour(HourId.of(1))).isEmpty(); // net 0 hedged: no order
    assertThat(d.orders().forHour(HourId.of(2)).orElseThrow().volumeMWh()).isEqualTo(1.0);
  }

  @Test
  void aRealisedDrawdownBeyondTheStopHedgesOnlyUntilThePeakLeavesTheWindow() {
    SpreadForecast f = forecast(h -> new double[][] {{100}, {15}});
    RiskBudget stop = new RiskBudget(1.0, 1e9, 0.95, 500, 3, 0.0);
    TrackRecord fell = record(400.0, -300.0, -300.0); // D-4, D-3, D-2
    EvStrategy.Decision stopped = new EvStrategy(stop).decide(context(0, f).withTrackRecord(fell));
    assertThat(stopped.stopped()).isTrue();
    assertThat(stopped.orders().isEmpty()).isTrue();
    TrackRecord later = record(400.0, -300.0, -300.0, 0.0, 0.0); // D-6 .. D-2: the peak day left the window
    EvStrategy.Decision resumed = new EvStrategy(stop).decide(context(0, f).withTrackRecord(later));
    assertThat(resumed.stopped()).isFalse();
    assertThat(resumed.orders().size()).isEqualTo(24);
  }

  /** Daily values of the days ending at D-2, oldest first. */
  private static TrackRecord record(double... dailyGbp) {
    List<TrackRecord.DailyValue> days = new java.util.ArrayList<>();
    for (int i = 0; i < dailyGbp.length; i++) {
      days.add(new TrackRecord.DailyValue(DAY.minusDays(1 + dailyGbp.length - i), dailyGbp[i]));
    }
    return new TrackRecord(days);
  }

  @Test
  void theVoteTakesTheTrailingMajorityWhereTheModelHedgesAndOverrulesTheModelOnlyWhenItsWeightIsLow() {
    // trailing means (TrailingSpreadStrategyTest.history): hour 1 +10 / -10 / -4.5 over 7 / 14 / 28 days (majority
    // buys), hour 5 the opposite (majority sells). The model: hour 1 S +10 (sells), every other hour S 0 (hedges).
    MarketDay day = TrailingSpreadStrategyTest.DAY;
    SpreadForecast f = forecast(day, h -> new double[][] {{100}, {h == 1 ? 10 : 0}});
    SpreadEstimate trailing = SpreadEstimate.fromHistory(TrailingSpreadStrategyTest.history(), day,
        TrailingSpreadStrategyTest.AS_OF, SpreadEstimate.DEFAULT_LOOKBACK_DAYS);
    BiddingContext c = new BiddingContext(day, Fixtures.energy(day, h -> 0), Fixtures.prices(day, h -> 100), GRID,
        trailing, NetUncertainty.none()).withSpreadForecast(f);
    RiskBudget budget = new RiskBudget(1.0, 1e9, 0.95, 1e9, 28, 5.0);

    OrderSet alone = new EvStrategy(budget, false, 1.0).orders(c);
    assertThat(alone.forHour(HourId.of(1)).orElseThrow().side()).isEqualTo(Side.SELL);
    assertThat(alone.forHour(HourId.of(5))).isEmpty(); // the model hedges a net of 0: no order

    OrderSet voted = new EvStrategy(budget, false, 0.75).orders(c);
    assertThat(voted.forHour(HourId.of(1)).orElseThrow().side()).isEqualTo(Side.SELL); // the model's side stands
    Order h5 = voted.forHour(HourId.of(5)).orElseThrow();
    assertThat(h5.side()).isEqualTo(Side.SELL);
    assertThat(h5.volumeMWh()).isEqualTo(1.0);
    assertThat(voted.forHour(HourId.of(2)).orElseThrow().side()).isEqualTo(Side.BUY);

    OrderSet trailingLed = new EvStrategy(budget, false, 0.2).orders(c);
    assertThat(trailingLed.forHour(HourId.of(1)).orElseThrow().side()).isEqualTo(Side.BUY);
    assertThatThrownBy(() -> new EvStrategy(budget, false, 1.5)).hasMessageContaining("model_weight");
  }

  @Test
  void withTrailingVoteDaysTheWindowThatAddedMostLatelyVotesAlone() {
    // spreads: -5 on the last 8 days D-2..D-9, +20 before; D-1 unknown. Over the last 7 settled days the 7-day rule
    // (replayed with the spreads known at each day's run) was right and the 28-day one wrong, so with K = 7 only
    // the 7-day sign (-) votes; the mean of the three signs (7 -, 14 +, 28 +) is +.
    MarketDay day = MarketDay.of(2021, 9, 1);
    List<org.convergence.core.market.HourPrice> clearing = new ArrayList<>();
    List<org.convergence.core.market.HourPrice> imbalance = new ArrayList<>();
    for (int k = 2; k <= 60; k++) {
      for (HourId h : HourId.all()) {
        clearing.add(new org.convergence.core.market.HourPrice(day.minusDays(k), h, 100));
        imbalance.add(new org.convergence.core.market.HourPrice(day.minusDays(k), h, 100 - (k <= 9 ? -5 : 20)));
      }
    }
    SpreadEstimate trailing = SpreadEstimate.fromHistory(
        org.convergence.core.price.InMemoryPriceHistory.of(clearing, imbalance), day,
        day.gateClosure().minusSeconds(1800), SpreadEstimate.DEFAULT_LOOKBACK_DAYS);
    SpreadForecast f = forecast(day, h -> new double[][] {{100}, {0}}); // the model hedges every hour
    BiddingContext c = new BiddingContext(day, Fixtures.energy(day, h -> 0), Fixtures.prices(day, h -> 100), GRID,
        trailing, NetUncertainty.none()).withSpreadForecast(f);
    RiskBudget budget = new RiskBudget(1.0, 1e9, 0.95, 1e9, 28, 5.0);
    assertThat(new EvStrategy(budget, false, 0.75, 0).orders(c).forHour(HourId.of(3)).orElseThrow().side())
        .isEqualTo(Side.SELL);
    assertThat(new EvStrategy(budget, false, 0.75, 7).orders(c).forHour(HourId.of(3)).orElseThrow().side())
        .isEqualTo(Side.BUY);
    assertThatThrownBy(() -> new EvStrategy(budget, false, 0.75, EvStrategy.MAX_TRAILING_VOTE_DAYS + 1))
        .hasMessageContaining("trailing_vote_days");
  }

  @Test
  void withoutASpreadForecastItHedgesTheExpectedNet() {
    BiddingContext c = new BiddingContext(DAY, Fixtures.energy(DAY, h -> 0.3), Fixtures.prices(DAY, h -> 100), GRID,
        SpreadEstimate.none(), NetUncertainty.none());
    EvStrategy.Decision d = new EvStrategy(RiskBudget.defaults()).decide(c);
    assertThat(d.orders().orders()).allSatisfy(o -> assertThat(o.signedVolumeMWh()).isCloseTo(0.3, within(1e-9)));
    assertThat(d.hours()).isEmpty();
  }
}
