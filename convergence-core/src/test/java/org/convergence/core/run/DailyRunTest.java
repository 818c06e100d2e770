package org.convergence.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.convergence.core.carbon.CarbonIntensity;
import org.convergence.core.dashboard.InMemoryDashboardPublisher;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.store.InMemoryStore;
import org.convergence.core.store.RunStatus;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.strategy.HedgeStrategy;
import org.convergence.core.strategy.NoTradeStrategy;
import org.convergence.core.testkit.FakeExchange;
import org.convergence.core.testkit.SyntheticSite;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class DailyRunTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 20);
  final SyntheticSite site = SyntheticSite.of(DAY.minusDays(20), DAY.plusDays(2));
  final InMemoryStore store = new InMemoryStore();
  final InMemoryDashboardPublisher dashboard = new InMemoryDashboardPublisher("test site");

  DailyRun run(Instant now, FakeExchange exchange, BiddingStrategy strategy) {
    return run(now, exchange, strategy, site);
  }

  DailyRun run(Instant now, FakeExchange exchange, BiddingStrategy strategy, PriceHistory history) {
    return DailyRun.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).weather(site.chain()).energy(site).forecaster(site)
        .history(history).exchange(exchange, "fake").grid(new GridConnection(1, 1)).strategy(strategy)
        .forecastErrors(ForecastErrors.recomputed(site, site, site, 14))
        .carbon(i -> DAY.halfHours().stream()
            .map(h -> new CarbonIntensity(h, 200, Double.NaN, "")).toList()).store(store, r -> "{\"day\":\"" + r.day() + "\"}")
        .dashboard(dashboard, "test site", new GeoLocation(52.1051, -3.668, 250)).build();
  }

  @Test
  void firstRunSubmitsTwentyFourVerifiedOrdersAndReportsEverything() {
    Instant now = DAY.gateClosure().minus(Duration.ofHours(2));
    FakeExchange ex = new FakeExchange(Clock.fixed(now, ZoneOffset.UTC));
    RunReport r = run(now, ex, new HedgeStrategy()).run(DAY);
    assertThat(r.outcome()).isEqualTo(RunOutcome.SUBMITTED);
    assertThat(r.orders().size()).isEqualTo(24);
    assertThat(r.receipt().orElseThrow().accepted()).isEqualTo(24);
    assertThat(r.held()).hasSize(24);
    assertThat(r.verified()).isTrue();
    assertThat(r.energy()).isPresent();
    assertThat(r.prices().orElseThrow().modelId()).isEqualTo("naive-mean-7");
    assertThat(r.sources()).extracting(SourceUse::role).contains("weather", "prices", "exchange", "strategy");
    assertThat(r.timings()).extracting(StepTiming::step)
        .containsSubsequence("weather", "energy", "prices", "strategy", "submit", "store submission", "verify", "store held orders", "publish");
    double generationKWh = r.energy().orElseThrow().halfHours().stream().mapToDouble(e -> e.generationKWh()).sum();
    assertThat(r.carbonSavedKg().orElseThrow()).isCloseTo(generationKWh * 0.2, within(1e-6));
    var row = store.run(DAY).orElseThrow();
    assertThat(row.status()).isIn(RunStatus.SUCCEEDED, RunStatus.DEGRADED);
    assertThat(row.reportJson()).contains("{\"day\":\"2022-03-20\"}");
    assertThat(row.sourcesUsed()).contains("weather: synthetic", "prices: naive-mean-7");
    assertThat(store.heldOrders(DAY)).hasSize(24);
    assertThat(store.submission(DAY).orElseThrow().receipt().accepted()).isEqualTo(24);
    assertThat(store.energyForecast(DAY)).contains(r.energy().orElseThrow());
    assertThat(store.priceForecast(DAY)).contains(r.prices().orElseThrow());
    var published = dashboard.day(DAY).orElseThrow();
    assertThat(published.bids()).hasSize(24);
    assertThat(published.solarAngles()).hasSize(48);
    assertThat(published.carbon()).hasSize(24);
    assertThat(dashboard.index().days()).hasSize(1);
  }

  @Test
  void reRunWithTheSamePlanSendsNothingAndTheExchangeHoldsOneOrderPerHour() {
    Instant now = DAY.gateClosure().minus(Duration.ofHours(2));
    FakeExchange ex = new FakeExchange(Clock.fixed(now, ZoneOffset.UTC));
    run(now, ex, new HedgeStrategy()).run(DAY);
    RunReport second = run(now.plusSeconds(600), ex, new HedgeStrategy()).run(DAY);
    assertThat(second.outcome()).isEqualTo(RunOutcome.UNCHANGED);
    assertThat(second.receipt()).isEmpty();
    assertThat(second.verified()).isTrue();
    assertThat(ex.submissions).isEqualTo(1);
    assertThat(ex.heldOrders(DAY)).hasSize(24);
    assertThat(ex.heldOrders(DAY).stream().map(h -> h.order().hour()).distinct().count()).isEqualTo(24);
  }

  @Test
  void reRunAfterANewForecastResubmitsOnlyTheHoursThatChanged() {
    Instant now = DAY.gateClosure().minus(Duration.ofHours(2));
    FakeExchange ex = new FakeExchange(Clock.fixed(now, ZoneOffset.UTC));
    RunReport first = run(now, ex, new HedgeStrategy()).run(DAY);
    // a newer forecast, issued after the first run and before the second: only the first 6 half-hours differ
    var old = site.forecasts.get(DAY).get(0);
    site.forecasts.get(DAY).add(site.weather(DAY, now.plusSeconds(60),
        i -> i < 6 ? 12 : old.samples().get(i).windSpeedMps()));
    RunReport second = run(now.plusSeconds(600), ex, new HedgeStrategy()).run(DAY);
    assertThat(second.outcome()).isEqualTo(RunOutcome.SUBMITTED);
    long differing = second.orders().orders().stream()
        .filter(o -> !o.equals(first.orders().forHour(o.hour()).orElse(null))).count();
    assertThat(differing).isBetween(1L, 3L);
    assertThat(second.receipt().orElseThrow().accepted()).isEqualTo((int) differing);
    assertThat(second.verified()).isTrue();
    assertThat(ex.ordersReceived).isEqualTo(24 + (int) differing);
    assertThat(ex.heldOrders(DAY)).hasSize(24);
    assertThat(second.orders().orders().subList(3, 24)).isEqualTo(first.orders().orders().subList(3, 24));
  }

  @Test
  void lateRunAfterTheGateSaysSoAndSendsNothing() {
    Instant early = DAY.gateClosure().minus(Duration.ofHours(2));
    FakeExchange ex = new FakeExchange(Clock.fixed(early, ZoneOffset.UTC));
    run(early, ex, new HedgeStrategy()).run(DAY);
    Instant late = DAY.gateClosure();
    RunReport r = run(late, ex, new HedgeStrategy()).run(DAY);
    assertThat(r.outcome()).isEqualTo(RunOutcome.GATE_CLOSED);
    assertThat(r.message()).contains("closed").contains(DAY.toString()).contains("holds 24 orders");
    assertThat(r.receipt()).isEmpty();
    assertThat(r.held()).hasSize(24);
    assertThat(r.energy()).isEmpty();
    assertThat(ex.submissions).isEqualTo(1);
  }

  @Test
  void lateFirstRunLeavesTheExchangeEmpty() {
    Instant late = DAY.gateClosure().plusSeconds(1);
    FakeExchange ex = new FakeExchange(Clock.fixed(late, ZoneOffset.UTC));
    RunReport r = run(late, ex, new HedgeStrategy()).run(DAY);
    assertThat(r.outcome()).isEqualTo(RunOutcome.GATE_CLOSED);
    assertThat(ex.submissions).isZero();
    assertThat(ex.heldOrders(DAY)).isEmpty();
  }

  @Test
  void aFailingStepMarksTheStoredRunFailedAndRethrows() {
    Instant now = DAY.gateClosure().minus(Duration.ofHours(2));
    FakeExchange ex = new FakeExchange(Clock.fixed(now, ZoneOffset.UTC));
    site.forecasts.remove(DAY);
    DailyRun run = run(now, ex, new HedgeStrategy());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run.run(DAY)).hasMessageContaining("no weather source");
    var row = store.run(DAY).orElseThrow();
    assertThat(row.status()).isEqualTo(RunStatus.FAILED);
    assertThat(row.error().orElseThrow()).contains("no recorded forecast for " + DAY);
    assertThat(ex.submissions).isZero();
  }

  @Test
  void noneStrategySendsNothing() {
    Instant now = DAY.gateClosure().minus(Duration.ofHours(2));
    FakeExchange ex = new FakeExchange(Clock.fixed(now, ZoneOffset.UTC));
    RunReport r = run(now, ex, new NoTradeStrategy()).run(DAY);
    assertThat(r.outcome()).isEqualTo(RunOutcome.NO_ORDERS);
    assertThat(ex.submissions).isZero();
    assertThat(r.verified()).isTrue();
  }

  @Test
  void aPlanTheExchangeDoesNotKeepIsReportedUnverified() {
    Instant now = DAY.gateClosure().minus(Duration.ofHours(2));
    // the exchange's clock is already past the gate: it rejects everything
    FakeExchange ex = new FakeExchange(Clock.fixed(DAY.gateClosure(), ZoneOffset.UTC));
    RunReport r = run(now, ex, new HedgeStrategy()).run(DAY);
    assertThat(r.verified()).isFalse();
    assertThat(r.warnings()).anyMatch(w -> w.contains("accepted 0 of 24"));
    assertThat(r.held()).extracting(HeldOrder::order).isEmpty();
  }

  @Test
  void anImplausiblePriceInTheHistoryIsAWarningOfTheRunAndTheRunStillTrades() {
    MarketDay earlier = DAY.minusDays(3);
    PriceHistory spiked = new PriceHistory() {
      @Override
      public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
        return site.clearingPrices(from, to).stream()
            .map(p -> p.day().equals(earlier) && p.hour().equals(HourId.of(5)) ? new HourPrice(earlier, p.hour(), 1e12)
                : p)
            .toList();
      }

      @Override
      public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
        return site.imbalancePrices(from, to);
      }
    };
    Instant now = DAY.gateClosure().minus(Duration.ofMinutes(30));
    RunReport r = run(now, new FakeExchange(Clock.fixed(now, ZoneOffset.UTC)), new HedgeStrategy(), spiked).run(DAY);
    assertThat(r.warnings()).contains("price history: 1 clearing price(s) outside [-500, 3000] GBP/MWh in the 28 days"
        + " before the market day, used as given: 2022-03-17 hour 5: 1000000000000.00");
    assertThat(r.held()).hasSize(24);
  }

  @Test
  void aPriceModelThatCannotForecastFallsBackAndTheRunReportSaysSo() {
    Instant now = DAY.gateClosure().minus(Duration.ofMinutes(30));
    org.convergence.core.price.PriceForecaster broken = new org.convergence.core.price.PriceForecaster() {
      @Override
      public String id() {
        return "lear-daily";
      }

      @Override
      public org.convergence.core.price.PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
        throw new IllegalArgumentException("model file missing");
      }
    };
    FakeExchange ex = new FakeExchange(Clock.fixed(now, ZoneOffset.UTC));
    RunReport r = DailyRun.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).weather(site.chain()).energy(site)
        .forecaster(new org.convergence.core.price.FallbackPriceForecaster(broken, site))
        .history(site).exchange(ex, "fake").grid(new GridConnection(1, 1)).strategy(new HedgeStrategy())
        .store(store, x -> "{}").build().run(DAY);
    assertThat(r.outcome()).isEqualTo(RunOutcome.SUBMITTED);
    assertThat(r.prices().orElseThrow().modelId()).isEqualTo("naive-mean-7");
    assertThat(r.warnings()).anyMatch(w -> w.contains("price model lear-daily failed")
        && w.contains("model file missing") && w.contains("naive-mean-7"));
  }
}
