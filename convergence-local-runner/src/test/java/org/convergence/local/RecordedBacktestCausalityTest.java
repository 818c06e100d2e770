package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.connectors.weather.WeatherSources;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.backtest.StrategyResult;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.OrderSet;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.run.CausalViews;
import org.convergence.core.strategy.Strategies;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherFallbackChain;
import org.junit.jupiter.api.Test;

/**
 * Causality on the real recordings and the real price and spread models: changing every price and reading recorded
 * after a day's gate leaves that day's orders, for every strategy, as they were (the site forecast's {@code
 * site.correction} included, on in the shipped settings); and changing every price not yet
 * published at the run's time (hours ending within the spread model's publication lag of it) leaves the {@code ev}
 * orders and the spread forecast as they were.
 */
class RecordedBacktestCausalityTest {
  static final MarketDay FROM = MarketDay.of(2022, 4, 3);
  static final MarketDay PROBE = MarketDay.of(2022, 4, 5);

  static Map<String, OrderSet> ordersOn(BacktestResult r, MarketDay day) {
    Map<String, OrderSet> m = new TreeMap<>();
    for (StrategyResult s : r.strategies()) {
      s.daily().stream().filter(d -> d.day().equals(day)).forEach(d -> m.put(s.strategy(), d.orders()));
    }
    return m;
  }

  static BacktestResult backtest(ConvergenceSettings s, PriceHistory prices, List<SiteReading> readings) {
    WeatherFallbackChain weather = new WeatherFallbackChain(List.of(
        WeatherSources.replay("").atElevation(s.site().location().elevationM())));
    // the backtest's own site forecast: physics plus site.correction learnt from these readings
    return new Backtest(weather, org.convergence.connectors.wiring.LiveRun.energyModel(s, weather, SiteReadings.of(readings),
        java.time.Clock.systemUTC()), LocalWiring.forecaster(s), prices, SiteReadings.of(readings),
        s.site().grid(), clock -> new SimulatedExchange(clock, prices, List.of("k")).forKey("k"))
        .withSpreadForecaster(LocalWiring.spreadForecaster())
        .run(FROM, PROBE, Strategies.NAMES.stream().map(n -> s.strategy().strategy(n)).toList(),
            Backtest.Progress.none());
  }

  @Test
  void pricesAndReadingsAfterTheGateDoNotChangeThatDaysOrders() throws IOException {
    ConvergenceSettings s = SettingsLoader.fromSystemEnvironment().load(Path.of("..", "settings.yaml"));
    InMemoryPriceHistory recorded = LocalWiring.recordedPrices(s);
    List<SiteReading> readings = EnergyOnsiteReader.bundled();
    Map<String, OrderSet> before = ordersOn(backtest(s, recorded, readings), PROBE);
    assertThat(before).containsOnlyKeys(Strategies.NAMES);
    assertThat(before.get("hedge").size()).isEqualTo(24);

    Instant gate = PROBE.gateClosure();
    MarketDay first = MarketDay.of(2018, 1, 1);
    MarketDay last = MarketDay.of(2023, 1, 1);
    List<HourPrice> clearing = recorded.clearingPrices(first, last).stream().map(p -> after(p, gate)).toList();
    List<HourPrice> imbalance = recorded.imbalancePrices(first, last).stream().map(p -> after(p, gate)).toList();
    List<SiteReading> changedReadings = readings.stream().map(r -> r.time().isBefore(gate) ? r
        : new SiteReading(r.time(), 0, 0, r.officeKw() * 3, r.computingCentreKw(), r.officeTemperatureC())).toList();
    Map<String, OrderSet> after = ordersOn(
        backtest(s, InMemoryPriceHistory.of(clearing, imbalance), changedReadings), PROBE);
    assertThat(after).isEqualTo(before);
  }

  @Test
  void pricesUnpublishedAtTheRunTimeDoNotChangeTheSpreadForecastOrTheEvOrders() throws IOException {
    ConvergenceSettings s = SettingsLoader.fromSystemEnvironment().load(Path.of("..", "settings.yaml"));
    InMemoryPriceHistory recorded = LocalWiring.recordedPrices(s);
    List<SiteReading> readings = EnergyOnsiteReader.bundled();
    Instant runTime = Backtest.runTime(PROBE);
    Instant published = SpreadForecaster.publishedBy(runTime);
    MarketDay first = MarketDay.of(2018, 1, 1);
    MarketDay last = MarketDay.of(2023, 1, 1);
    InMemoryPriceHistory probed = InMemoryPriceHistory.of(
        recorded.clearingPrices(first, last).stream().map(p -> after(p, published)).toList(),
        recorded.imbalancePrices(first, last).stream().map(p -> after(p, published)).toList());
    SpreadForecast honest = LocalWiring.spreadForecaster().forecast(PROBE, CausalViews.prices(recorded, runTime),
        runTime);
    SpreadForecast changed = LocalWiring.spreadForecaster().forecast(PROBE, CausalViews.prices(probed, runTime),
        runTime);
    assertThat(honest.modelId()).doesNotContain("fallback");
    assertThat(changed.hours()).isEqualTo(honest.hours());
    assertThat(ordersOn(backtest(s, probed, readings), PROBE).get("ev"))
        .isEqualTo(ordersOn(backtest(s, recorded, readings), PROBE).get("ev"));
  }

  @Test
  void theShippedPriceModelIsRecalibratedOnWhatIsPublishedAtTheRunTimeIncludingTheDeliveredHoursOfDMinus1()
      throws IOException {
    ConvergenceSettings s = SettingsLoader.fromSystemEnvironment().load(Path.of("..", "settings.yaml"));
    assertThat(s.prices().model()).isEqualTo("lear-wide");
    InMemoryPriceHistory recorded = LocalWiring.recordedPrices(s);
    Instant runTime = Backtest.runTime(PROBE);
    MarketDay first = MarketDay.of(2018, 1, 1);
    MarketDay last = MarketDay.of(2023, 1, 1);
    org.convergence.core.price.PriceForecaster.Outcome honest = LocalWiring.forecaster(s)
        .forecastWithWarnings(PROBE, CausalViews.prices(recorded, runTime), runTime);
    assertThat(honest.warnings()).isEmpty();
    assertThat(honest.forecast().modelId()).startsWith("lear");

    // every price not yet published at the run's time (08:30Z on D-1: from D-1's 10th hour on) changed: same forecast
    InMemoryPriceHistory future = InMemoryPriceHistory.of(
        recorded.clearingPrices(first, last).stream().map(p -> after(p, runTime)).toList(),
        recorded.imbalancePrices(first, last));
    assertThat(LocalWiring.forecaster(s).forecast(PROBE, CausalViews.prices(future, runTime), runTime).hours())
        .isEqualTo(honest.forecast().hours());

    // the hours of D-1 delivered by then are inputs: changing them changes the forecast
    MarketDay previous = PROBE.previous();
    InMemoryPriceHistory deliveredChanged = InMemoryPriceHistory.of(recorded.clearingPrices(first, last).stream()
        .map(p -> p.day().equals(previous) && org.convergence.core.price.PublishedPrices.isPublished(p, runTime)
            ? new HourPrice(p.day(), p.hour(), 3 * p.priceGbpPerMWh() + 100) : p).toList(),
        recorded.imbalancePrices(first, last));
    assertThat(LocalWiring.forecaster(s).forecast(PROBE, CausalViews.prices(deliveredChanged, runTime), runTime)
        .hours()).isNotEqualTo(honest.forecast().hours());
  }

  /** The price tripled plus 100 GBP/MWh when its hour ended after the gate. */
  private static HourPrice after(HourPrice p, Instant gate) {
    return p.day().hour(p.hour()).end().isAfter(gate)
        ? new HourPrice(p.day(), p.hour(), 3 * p.priceGbpPerMWh() + 100) : p;
  }
}
