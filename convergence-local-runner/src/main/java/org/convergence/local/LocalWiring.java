package org.convergence.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.carbon.CarbonIntensityClient;
import org.convergence.connectors.carbon.RecordedCarbonIntensity;
import org.convergence.connectors.dashboard.FileSystemDashboardPublisher;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.ExchangeSettings;
import org.convergence.connectors.weather.MetOfficeSpotReplay;
import org.convergence.connectors.weather.WeatherSources;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.connectors.settings.DatabaseSettings;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import org.convergence.core.energy.SiteEnergyModel;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.ForecastErrors;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherFallbackChain;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModels;
import org.convergence.model.forecast.ModelPriceForecaster;
import org.convergence.model.spread.ModelSpreadForecaster;
import org.convergence.model.spread.SpreadHyper;

/**
 * Wires the library for the local runner from settings.yaml: the daily run in replay mode (bundled recordings, an
 * in-process exchange whose clock makes the replayed day biddable) or live mode (an exchange over HTTP, the system
 * clock), and the backtest. Thin: every rule lives in core.
 */
final class LocalWiring {
  /** The key of the in-process exchange of replay mode (it never leaves the process). */
  static final String REPLAY_KEY = "replay";

  private LocalWiring() {}

  /** What a run needs besides its strategy, for one market day. */
  record Wired(MarketDay day, Clock clock, boolean replay, Exchange exchange, JdbcStore store, DailyRun.Builder run)
      implements AutoCloseable {
    @Override
    public void close() {
      store.close();
    }
  }

  /**
   * Wires the daily run. Replay mode (exchange mode {@code simulated}): {@code date} or, by default, the last market
   * day of the recorded weather; the clock starts at {@code clockAt} or D-1 08:30Z and runs forward. Live mode: the
   * system clock and the next biddable day unless {@code date} is given.
   */
  static Wired daily(ConvergenceSettings s, Optional<MarketDay> date, Optional<Instant> clockAt,
      BiddingStrategy strategy) {
    JdbcStore store = openStore(s);
    try {
      return daily(s, date, clockAt, strategy, store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static Wired daily(ConvergenceSettings s, Optional<MarketDay> date, Optional<Instant> clockAt,
      BiddingStrategy strategy, JdbcStore store) {
    boolean replay = s.exchange().mode().equals(ExchangeSettings.SIMULATED);
    PriceHistory prices;
    Exchange exchange;
    Clock clock;
    MarketDay day;
    if (replay) {
      InMemoryPriceHistory recorded = recordedPrices(s);
      MetOfficeSpotReplay recording = WeatherSources.replay(s.weather().replayDir());
      day = date.orElseGet(() -> lastReplayableDay(recording, recorded));
      Instant start = clockAt.orElse(Backtest.runTime(day));
      clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
      RestorableClock exchangeClock = new RestorableClock(clock);
      exchange = new SimulatedExchange(exchangeClock, recorded, List.of(REPLAY_KEY)).forKey(REPLAY_KEY);
      restoreReplayExchange(store, exchange, exchangeClock, day);
      prices = recorded;
    } else {
      clock = clockAt.map(t -> Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), t)))
          .orElse(Clock.systemUTC());
      day = date.orElseGet(() -> MarketDay.nextBiddable(clock.instant()));
      exchange = new AimlacExchangeClient(URI.create(s.exchange().url()), s.exchange().key());
      prices = exchange;
    }
    WeatherFallbackChain weather = WeatherSources.chain(s.weather(), s.site().location(),
        WeatherSources.Endpoints.PUBLIC, HttpOptions.DEFAULT, clock);
    SiteEnergyModel energy = new SiteEnergyModel(s.site());
    int lookback = ForecastErrors.DEFAULT_LOOKBACK_DAYS;
    DailyRun.Builder run = DailyRun.builder().clock(clock).weather(weather).energy(energy::forecast)
        .forecaster(forecaster(s)).history(prices).exchange(exchange, replay ? "simulated (replay)" : "http")
        .grid(s.site().grid()).strategy(strategy).spreadForecaster(spreadForecaster())
        // replay: past forecasts recomputed from the recording, against its readings; live: what earlier runs
        // stored, against the readings the database holds
        .forecastErrors(replay
            ? ForecastErrors.recomputed(weather, energy::forecast, SiteReadings.of(EnergyOnsiteReader.bundled()),
                lookback)
            : ForecastErrors.stored(store, store::siteReadings, lookback))
        .carbon(replay ? RecordedCarbonIntensity.bundled()
            : new CarbonIntensityClient(CarbonIntensityClient.DEFAULT_BASE_URI, HttpOptions.DEFAULT))
        .dashboard(new FileSystemDashboardPublisher(Path.of(s.dashboard().dataDir()), s.site().name()),
            s.site().name(), s.site().location())
        .store(store, RunReportJson::toJson);
    return new Wired(day, clock, replay, exchange, store, run);
  }

  /** The configured database: MySQL/MariaDB when a url is set, else the embedded H2 under embedded_dir. */
  static JdbcStore openStore(ConvergenceSettings s) {
    DatabaseSettings d = s.database();
    DatabaseConfig config = d.embedded() ? DatabaseConfig.embedded(Path.of(d.embeddedDir()))
        : DatabaseConfig.server(d.url(), d.user(), d.password());
    try {
      return Databases.open(config);
    } catch (RuntimeException e) {
      throw new UserFacingException("cannot open the database " + config.describe() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The in-process exchange of replay mode lives only as long as the process: give it back the orders it held for
   * the day at the end of the last run (stored), so a second run sees them and the exchange keeps one per hour.
   */
  static void restoreReplayExchange(JdbcStore store, Exchange exchange, RestorableClock clock, MarketDay day) {
    List<Order> held = store.heldOrders(day).stream().map(HeldOrder::order).toList();
    if (!held.isEmpty()) {
      // the orders were received before the gate: the exchange takes them back as of then
      Instant receivedBy = store.submission(day).map(s -> s.submittedAt()).orElse(Backtest.runTime(day));
      clock.pin(receivedBy);
      try {
        exchange.submit(new OrderSet(day, held));
      } finally {
        clock.unpin();
      }
    }
  }

  /** The replay exchange's clock: the run's clock, except while orders held before are given back. */
  static final class RestorableClock extends Clock {
    private final Clock clock;
    private volatile Instant pinned;

    RestorableClock(Clock clock) {
      this.clock = clock;
    }

    void pin(Instant at) {
      pinned = at;
    }

    void unpin() {
      pinned = null;
    }

    @Override
    public Instant instant() {
      Instant p = pinned;
      return p != null ? p : clock.instant();
    }

    @Override
    public java.time.ZoneId getZone() {
      return clock.getZone();
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException("the replay exchange keeps UTC");
    }
  }

  /** The backtest on the recorded weather, prices and readings. */
  static Backtest backtest(ConvergenceSettings s) {
    InMemoryPriceHistory recorded = recordedPrices(s);
    WeatherFallbackChain weather = new WeatherFallbackChain(List.of(
        WeatherSources.replay(s.weather().replayDir()).atElevation(s.site().location().elevationM())));
    SiteEnergyModel energy = new SiteEnergyModel(s.site());
    return new Backtest(weather, energy::forecast, forecaster(s), recorded,
        SiteReadings.of(EnergyOnsiteReader.bundled()), s.site().grid(),
        clock -> new SimulatedExchange(clock, recorded, List.of(REPLAY_KEY)).forKey(REPLAY_KEY))
        .withSpreadForecaster(spreadForecaster());
  }

  /** The spread model with the hyper-parameters chosen on 2021 (docs/price-forecasting.md), recalibrated weekly. */
  static SpreadForecaster spreadForecaster() {
    return new ModelSpreadForecaster(SpreadHyper.defaults());
  }

  /** Publishing the backtest's settled days of the configured strategy into {@code dataDir}, with replay carbon. */
  static Backtest.Publication dashboardPublication(ConvergenceSettings s, Path dataDir) {
    return new Backtest.Publication(new FileSystemDashboardPublisher(dataDir, s.site().name()),
        s.strategy().name(), s.site().name(), s.site().location(), RecordedCarbonIntensity.bundled());
  }

  static InMemoryPriceHistory recordedPrices(ConvergenceSettings s) {
    try {
      return s.exchange().pricesFile().isEmpty() ? GbPriceFiles.bundled()
          : GbPriceFiles.load(List.of(Path.of(s.exchange().pricesFile())));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new UserFacingException("exchange.prices_file: " + e.getMessage(), e);
    }
  }

  /** The last market day the recorded weather covers that also has all 24 recorded clearing prices. */
  static MarketDay lastReplayableDay(MetOfficeSpotReplay weather, PriceHistory prices) {
    List<MarketDay> covered = weather.coveredDays();
    for (int i = covered.size() - 1; i >= 0; i--) {
      MarketDay d = covered.get(i);
      if (prices.clearingPrices(d, d).size() == 24) {
        return d;
      }
    }
    throw new UserFacingException("the recorded weather and prices have no market day in common");
  }

  /** Days of clearing prices the price model may look back over (the longest LEAR window, 728 days, plus lags). */
  static final int PRICE_HISTORY_DAYS = 800;

  /**
   * The configured price model ({@code prices.model}) for the GB market, recalibrated every day on the prices known
   * at the run's time (as the backtest requires, and cheap for the default naive model).
   */
  static PriceForecaster forecaster(ConvergenceSettings s) {
    try {
      return ModelPriceForecaster.recalibrating(
          PriceModels.trainer(s.prices().model(), MarketProfile.gb(), ForkJoinPool.commonPool()), PRICE_HISTORY_DAYS);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("prices.model: " + e.getMessage(), e);
    }
  }
}
