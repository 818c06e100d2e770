package org.convergence.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convergence.core.carbon.CarbonIntensity;
import org.convergence.core.carbon.CarbonIntensitySource;
import org.convergence.core.dashboard.BidRow;
import org.convergence.core.dashboard.DashboardDay;
import org.convergence.core.dashboard.DayStatus;
import org.convergence.core.dashboard.InMemoryDashboardPublisher;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.OrderSet;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.strategy.BiddingContext;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.strategy.Strategies;
import org.convergence.core.strategy.TrackRecord;
import org.convergence.core.weather.DemandOnlyWeather;
import org.convergence.core.testkit.FakeExchange;
import org.convergence.core.testkit.SyntheticSite;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class BacktestTest {
  static final MarketDay FROM = MarketDay.of(2022, 3, 1);
  static final MarketDay TO = MarketDay.of(2022, 3, 8);
  static final MarketDay PROBE = MarketDay.of(2022, 3, 5);
  static final GridConnection GRID = new GridConnection(1, 1);

  static List<BiddingStrategy> all() {
    return Strategies.NAMES.stream().map(Strategies::byName).toList();
  }

  static BacktestResult backtest(SyntheticSite site) {
    return new Backtest(site.chain(), site, site, site, site, GRID, FakeExchange::new)
        .run(FROM, TO, all(), Backtest.Progress.none());
  }

  static Map<String, OrderSet> ordersOn(BacktestResult r, MarketDay day) {
    Map<String, OrderSet> m = new TreeMap<>();
    for (StrategyResult s : r.strategies()) {
      s.daily().stream().filter(d -> d.day().equals(day)).forEach(d -> m.put(s.strategy(), d.orders()));
    }
    return m;
  }

  @Test
  void causalityNothingAfterTheGateChangesThatDaysOrders() {
    SyntheticSite site = SyntheticSite.of(FROM.minusDays(20), TO);
    Map<String, OrderSet> before = ordersOn(backtest(site), PROBE);
    assertThat(before.get("hedge").size()).isEqualTo(24);
    assertThat(before.get("quantile").size()).isGreaterThan(0);

    SyntheticSite changed = SyntheticSite.of(FROM.minusDays(20), TO);
    changeEverythingAfterTheGate(changed, PROBE);

    Map<String, OrderSet> after = ordersOn(backtest(changed), PROBE);
    assertThat(after).isEqualTo(before);
  }

  /** Every price, reading and forecast that became known after the probe's gate, changed. */
  static void changeEverythingAfterTheGate(SyntheticSite changed, MarketDay probe) {
    var gate = probe.gateClosure();
    // every price of an hour that ended after the gate
    for (var prices : List.of(changed.clearing, changed.imbalance)) {
      prices.forEach((d, hours) -> hours.replaceAll((h, p) -> d.hour(h).end().isAfter(gate) ? p * 3 + 100 : p));
    }
    // every reading at or after the gate
    changed.readings.replaceAll(r -> r.time().isBefore(gate) ? r
        : new SiteReading(r.time(), 0, 999, 1, 1, 1));
    // a new, different forecast for every day, issued after the probe's gate
    changed.forecasts.forEach((d, list) -> list.add(changed.weather(d, gate.plusSeconds(1), i -> 20)));
    changed.forecasts.computeIfAbsent(probe, d -> new java.util.ArrayList<>())
        .add(changed.weather(probe, gate.minusSeconds(1), i -> 0));
  }

  @Test
  void causalityHoldsOnPriceOnlyDaysWithAndWithoutWeather() {
    for (boolean withWeather : List.of(true, false)) {
      SyntheticSite site = SyntheticSite.of(FROM.minusDays(20), TO);
      SyntheticSite changed = SyntheticSite.of(FROM.minusDays(20), TO);
      for (SyntheticSite s : List.of(site, changed)) {
        // no readings from two days before the probe on: the probe and the day before are price-only
        s.readings.removeIf(r -> !r.time().isBefore(PROBE.minusDays(1).deliveryStart()));
        if (!withWeather) {
          s.forecasts.remove(PROBE);
        }
      }
      BacktestResult plain = backtest(site);
      assertThat(plain.days()).filteredOn(d -> d.day().equals(PROBE)).singleElement().satisfies(d ->
          assertThat(d.kind()).isEqualTo(withWeather ? DayKind.FORECAST : DayKind.DEMAND_ONLY));
      Map<String, OrderSet> before = ordersOn(plain, PROBE);
      assertThat(before).containsKeys(Strategies.NAMES.toArray(String[]::new));
      changeEverythingAfterTheGate(changed, PROBE);
      if (!withWeather) {
        changed.forecasts.remove(PROBE);
      }
      assertThat(ordersOn(backtest(changed), PROBE)).isEqualTo(before);
    }
  }

  @Test
  void aChangeBeforeTheGateDoesChangeTheOrders() {
    // the control for the causality test: a forecast issued before the run time is used
    SyntheticSite site = SyntheticSite.of(FROM.minusDays(20), TO);
    Map<String, OrderSet> before = ordersOn(backtest(site), PROBE);
    site.forecasts.get(PROBE).add(site.weather(PROBE, Backtest.runTime(PROBE).minusSeconds(1), i -> 15));
    Map<String, OrderSet> after = ordersOn(backtest(site), PROBE);
    assertThat(after.get("hedge")).isNotEqualTo(before.get("hedge"));
  }

  @Test
  void theBacktestPlansAtTheConfiguredPlanningTime() {
    // a forecast issued at 07:30 on D-1 is seen when planning at 08:30 (the default) but not at 07:00
    org.convergence.core.time.PlanningTime seven = new org.convergence.core.time.PlanningTime(
        java.time.LocalTime.of(7, 0));
    SyntheticSite site = SyntheticSite.of(FROM.minusDays(20), TO);
    Backtest early = new Backtest(site.chain(), site, site, site, site, GRID, FakeExchange::new).planningAt(seven);
    assertThat(early.planning()).isEqualTo(seven);
    Map<String, OrderSet> earlyBefore = ordersOn(early.run(FROM, TO, all(), Backtest.Progress.none()), PROBE);
    Map<String, OrderSet> defaultBefore = ordersOn(backtest(site), PROBE);

    site.forecasts.get(PROBE).add(site.weather(PROBE, seven.on(PROBE).plus(Duration.ofMinutes(30)), i -> 15));

    assertThat(ordersOn(early.run(FROM, TO, all(), Backtest.Progress.none()), PROBE)).isEqualTo(earlyBefore);
    assertThat(ordersOn(backtest(site), PROBE).get("hedge")).isNotEqualTo(defaultBefore.get("hedge"));
  }

  @Test
  void totalsSplitIntoDayAheadAndImbalanceAndCompareWithNone() {
    SyntheticSite site = SyntheticSite.of(FROM.minusDays(20), TO);
    BacktestResult r = backtest(site);
    assertThat(r.days()).hasSize(8);
    assertThat(r.skipped()).isEmpty();
    StrategyResult none = r.strategy("none");
    assertThat(none.dayAheadGbp()).isZero();
    assertThat(none.valueAddedGbp()).isZero();
    for (StrategyResult s : r.strategies()) {
      assertThat(s.days()).isEqualTo(8);
      assertThat(s.pnlGbp()).isCloseTo(s.dayAheadGbp() + s.imbalanceGbp(), within(1e-6));
      assertThat(s.valueAddedGbp()).isCloseTo(s.pnlGbp() - none.pnlGbp(), within(1e-6));
      assertThat(s.oraclePnlGbp()).isEqualTo(r.oraclePnlGbp());
      assertThat(s.boundPnlGbp()).isEqualTo(r.boundPnlGbp());
      // every day metered: the value-added days are the P&L days, and the bound share is the ratio
      assertThat(s.valueDays()).isEqualTo(8);
      assertThat(s.boundShare().getAsDouble())
          .isCloseTo(s.valueAddedGbp() / (s.boundPnlGbp() - none.pnlGbp()), within(1e-9));
      assertThat(s.maxDrawdownGbp()).isGreaterThanOrEqualTo(0);
    }
    // none's P&L is every metered MWh at the imbalance price
    double expected = 0;
    for (MarketDay d = FROM; d.compareTo(TO) <= 0; d = d.next()) {
      for (var hs : none.daily().get((int) (d.date().toEpochDay() - FROM.date().toEpochDay())).hours()) {
        expected += hs.actualNetMWh() * site.imbalance.get(d).get(hs.hour());
      }
    }
    assertThat(none.pnlGbp()).isCloseTo(expected, within(1e-6));
    // the oracle's hedge leaves no imbalance (net within the 1 MW cap): P&L = actual x clearing
    double oracle = 0;
    for (var dp : none.daily()) {
      for (var hs : dp.hours()) {
        oracle += Math.round(hs.actualNetMWh() * 1000) / 1000.0 * site.clearing.get(dp.day()).get(hs.hour())
            + (hs.actualNetMWh() - Math.round(hs.actualNetMWh() * 1000) / 1000.0) * hs.imbalancePriceGbpPerMWh();
      }
    }
    assertThat(r.oraclePnlGbp()).isCloseTo(oracle, within(1e-6));
  }

  @Test
  void publishingEachSettledDayOfOneStrategyLeavesTheResultsAlone() {
    SyntheticSite site = SyntheticSite.of(FROM.minusDays(20), TO);
    BacktestResult plain = backtest(site);
    InMemoryDashboardPublisher dashboard = new InMemoryDashboardPublisher("site");
    CarbonIntensitySource carbon = interval -> java.util.stream.Stream.iterate(interval.start(), t -> t.isBefore(interval.end()), t -> t.plusSeconds(1800))
            .map(t -> new CarbonIntensity(Interval.of(t, Duration.ofMinutes(30)), 200, 210, "moderate")).toList();
    BacktestResult published = new Backtest(site.chain(), site, site, site, site, GRID, FakeExchange::new)
        .publishing(new Backtest.Publication(dashboard, "hedge", "site", new GeoLocation(52.1, -3.7, 250), carbon))
        .run(FROM, TO, all(), Backtest.Progress.none());

    assertThat(published.strategies()).isEqualTo(plain.strategies());
    assertThat(dashboard.index().days()).hasSize(8);
    for (DailyPnl settled : published.strategy("hedge").daily()) {
      DashboardDay day = dashboard.day(settled.day()).orElseThrow();
      assertThat(day.status()).isEqualTo(DayStatus.SETTLED);
      assertThat(day.generatedAt()).isEqualTo(settled.day().deliveryEnd());
      assertThat(day.solarAngles()).hasSize(48);
      assertThat(day.carbon()).hasSize(24).allSatisfy(c -> assertThat(c.intensityGCo2PerKWh()).isEqualTo(210));
      assertThat(day.energy()).allSatisfy(e -> assertThat(e.actual()).isPresent());
      for (var hs : settled.hours()) {
        BidRow bid = day.bids().get(hs.hour().index());
        assertThat(bid.pnlGbp()).isEqualTo(hs.pnlGbp());
        assertThat(bid.clearingGbpPerMWh()).isEqualTo(site.clearing.get(settled.day()).get(hs.hour()));
        assertThat(settled.orders().forHour(hs.hour()).map(o -> o.volumeMWh()).orElse(Double.NaN))
            .isEqualTo(bid.volumeMWh());
      }
      assertThat(day.summary().pnlGbp()).isCloseTo(settled.pnlGbp(), within(1e-9));
      assertThat(day.source()).isEqualTo(org.convergence.core.dashboard.DataSource.BACKTEST);
    }

    // the strategy comparison: every strategy, its daily value added over the settled days, its metrics
    var comparison = published.dashboard("site", TO.deliveryEnd(), "hedge", java.util.Map.of("prices", "synthetic"));
    dashboard.publishBacktest(comparison);
    assertThat(comparison.strategies()).extracting(s -> s.name())
        .containsExactlyElementsOf(published.strategies().stream().map(StrategyResult::strategy).toList());
    assertThat(comparison.days()).extracting(d -> d.day())
        .containsExactlyElementsOf(published.days().stream().map(SettledDay::day).toList());
    for (StrategyResult s : published.strategies()) {
      var row = comparison.strategies().stream().filter(c -> c.name().equals(s.strategy())).findFirst().orElseThrow();
      assertThat(row.dailyValueAddedGbp())
          .containsExactlyElementsOf(s.daily().stream().map(DailyPnl::valueAddedGbp).toList());
      assertThat(row.valueAddedGbp()).isEqualTo(s.valueAddedGbp());
      assertThat((Object) row.sharpe()).isEqualTo(s.sharpe().orElse(Double.NaN));
      assertThat(row.valueAddedMaxDrawdownGbp()).isEqualTo(s.valueAddedMaxDrawdownGbp());
      assertThat((Object) row.worstDayGbp()).isEqualTo(s.worstDayGbp().orElse(Double.NaN));
      assertThat((Object) row.boundShare()).isEqualTo(s.boundShare().orElse(Double.NaN));
    }
    for (DailyPnl settled : published.strategy("hedge").daily()) {
      // a published day's value added is the comparison's daily figure
      assertThat(dashboard.day(settled.day()).orElseThrow().summary().valueAddedGbp())
          .isCloseTo(settled.valueAddedGbp(), within(1e-9));
    }
    assertThat(dashboard.index().days()).hasSize(8);
    assertThat(dashboard.index().source()).isEqualTo(org.convergence.core.dashboard.DataSource.BACKTEST);
  }

  @Test
  void daysWithoutPricesAreSkippedWithTheReasonAndDaysWithoutReadingsArePriceOnly() {
    SyntheticSite site = SyntheticSite.of(FROM.minusDays(20), TO);
    site.clearing.get(MarketDay.of(2022, 3, 2)).remove(HourId.of(7));
    var d6 = MarketDay.of(2022, 3, 6);
    site.readings.removeIf(r -> d6.delivery().contains(r.time()) && r.time().isAfter(d6.deliveryStart()
        .plus(Duration.ofHours(5))) && r.time().isBefore(d6.deliveryStart().plus(Duration.ofHours(9))));
    var d7 = MarketDay.of(2022, 3, 7);
    site.readings.removeIf(r -> d7.delivery().contains(r.time()));
    site.forecasts.remove(d7);
    BacktestResult r = backtest(site);

    assertThat(r.skipped()).containsOnlyKeys(MarketDay.of(2022, 3, 2));
    assertThat(r.skipped().get(MarketDay.of(2022, 3, 2))).contains("prices incomplete (23 of 24 clearing");
    assertThat(r.days()).hasSize(7);
    assertThat(r.days()).filteredOn(d -> d.day().equals(d6)).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo(DayKind.FORECAST));
    assertThat(r.days()).filteredOn(d -> d.day().equals(d7)).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DayKind.DEMAND_ONLY);
      assertThat(d.weatherSource()).isEqualTo(DemandOnlyWeather.NAME);
      assertThat(d.oraclePnlGbp()).isEmpty();
    });
    assertThat(r.meteredDays()).isEqualTo(5);
    assertThat(r.priceOnlyDays()).isEqualTo(2);
    StrategyResult none = r.strategy("none");
    for (StrategyResult s : r.strategies()) {
      // P&L over the metered days, value added over every settled day
      assertThat(s.days()).isEqualTo(5);
      assertThat(s.valueDays()).isEqualTo(7);
      double meteredPnl = s.daily().stream().filter(d -> d.kind().metered()).mapToDouble(DailyPnl::pnlGbp).sum();
      assertThat(s.pnlGbp()).isCloseTo(meteredPnl, within(1e-9));
      double meteredNone = none.daily().stream().filter(d -> d.kind().metered()).mapToDouble(DailyPnl::pnlGbp)
          .sum();
      double meteredValue = s.daily().stream().filter(d -> d.kind().metered())
          .mapToDouble(DailyPnl::valueAddedGbp).sum();
      assertThat(meteredValue).isCloseTo(s.pnlGbp() - meteredNone, within(1e-6));
      assertThat(s.valueAddedGbp()).isCloseTo(
          s.daily().stream().mapToDouble(DailyPnl::valueAddedGbp).sum(), within(1e-9));
      assertThat(s.boundValueAddedGbp()).isCloseTo(
          r.days().stream().mapToDouble(SettledDay::boundValueAddedGbp).sum(), within(1e-9));
    }
    // a price-only day settles against the site's own forecast: the hedge leaves (almost) nothing to imbalance
    DailyPnl hedged = r.strategy("hedge").daily().stream().filter(d -> d.day().equals(d6)).findFirst().orElseThrow();
    for (var hs : hedged.hours()) {
      assertThat(hs.actualNetMWh()).isEqualTo(hedged.expectedNetMWh().get(hs.hour().index()));
      assertThat(Math.abs(hs.imbalanceMWh())).isLessThanOrEqualTo(0.0005 + 1e-12);
    }
  }

  @Test
  void everyStrategyStaysWithinTheTrueBoundEveryDay() {
    SyntheticSite site = SyntheticSite.of(FROM.minusDays(40), TO);
    BacktestResult r = new Backtest(site.chain(), site, site, site, site, GRID, FakeExchange::new)
        .run(FROM.minusDays(10), TO, all(), Backtest.Progress.none());
    for (StrategyResult s : r.strategies()) {
      assertThat(s.pnlGbp()).isLessThanOrEqualTo(s.boundPnlGbp() + 1e-9);
      assertThat(s.valueAddedGbp()).isLessThanOrEqualTo(s.boundValueAddedGbp() + 1e-9);
      for (int i = 0; i < r.days().size(); i++) {
        assertThat(s.daily().get(i).pnlGbp()).isLessThanOrEqualTo(r.days().get(i).boundPnlGbp() + 1e-9);
      }
    }
    // the bound is the full cap on the spread's sign: cap |P - I| summed, here 1 MW
    double expected = 0;
    for (SettledDay d : r.days()) {
      for (HourId h : HourId.all()) {
        expected += Math.abs(site.clearing.get(d.day()).get(h) - site.imbalance.get(d.day()).get(h));
      }
    }
    assertThat(r.strategy("none").boundValueAddedGbp()).isCloseTo(expected, within(1e-6));
  }

  @Test
  void eachStrategySeesItsOwnTrackRecordUpToTwoDaysBefore() {
    SyntheticSite site = SyntheticSite.of(FROM.minusDays(20), TO);
    Map<MarketDay, TrackRecord> seen = new TreeMap<>();
    BiddingStrategy recorder = new BiddingStrategy() {
      final BiddingStrategy hedge = Strategies.byName("hedge");

      @Override
      public String name() {
        return "recorder";
      }

      @Override
      public OrderSet orders(BiddingContext c) {
        seen.put(c.day(), c.trackRecord());
        return hedge.orders(c);
      }
    };
    BacktestResult r = new Backtest(site.chain(), site, site, site, site, GRID, FakeExchange::new)
        .run(FROM, TO, List.of(recorder), Backtest.Progress.none());
    List<DailyPnl> own = r.strategy("recorder").daily();
    assertThat(seen.get(FROM).days()).isEmpty();
    assertThat(seen.get(FROM.next()).days()).isEmpty();
    TrackRecord atTo = seen.get(TO);
    assertThat(atTo.days()).hasSize(own.size() - 2);
    for (int i = 0; i < atTo.days().size(); i++) {
      assertThat(atTo.days().get(i).day()).isEqualTo(own.get(i).day());
      assertThat(atTo.days().get(i).valueAddedGbp()).isEqualTo(own.get(i).valueAddedGbp());
    }
  }

  @Test
  void drawdownAndSdFollowTheirDefinitions() {
    assertThat(StrategyResult.maxDrawdown(List.of(10.0, -5.0, -20.0, 30.0, -40.0))).isEqualTo(40.0);
    assertThat(StrategyResult.maxDrawdown(List.of(-3.0, 1.0))).isEqualTo(3.0);
    assertThat(StrategyResult.maxDrawdown(List.of(1.0, 2.0))).isZero();
    assertThat(StrategyResult.sd(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0))).isCloseTo(2.13809, within(1e-5));
  }
}
