package org.convergence.local;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.carbon.RecordedCarbonIntensity;
import org.convergence.connectors.dashboard.FileSystemDashboardPublisher;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.prices.PriceSources;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.DatabaseSettings;
import org.convergence.connectors.settings.ExchangeSettings;
import org.convergence.connectors.weather.MetOfficeSpotReplay;
import org.convergence.connectors.weather.WeatherSources;
import org.convergence.connectors.wiring.BacktestWiring;
import org.convergence.connectors.wiring.BadDataException;
import org.convergence.connectors.wiring.LiveRun;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.dashboard.DataSource;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import org.convergence.core.energy.SiteMeter;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.EnergyModel;
import org.convergence.core.run.ForecastErrors;
import org.convergence.core.settle.DailySettlement;
import org.convergence.core.settle.HeldOrderSource;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherFallbackChain;
import org.convergence.model.MarketProfile;
import org.convergence.model.forecast.ModelPriceForecaster;
import org.convergence.model.spread.ModelSpreadForecaster;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;

/**
 * Wires the library for the local runner from settings.yaml: the daily run in replay mode (bundled recordings, an
 * in-process exchange whose clock makes the replayed day biddable) or live mode (an exchange over HTTP, the system
 * clock), and the backtest. Thin: every rule lives in core.
 */
final class LocalWiring {
  /** The key of the in-process exchange of replay mode (it never leaves the process). */
  static final String REPLAY_KEY = BacktestWiring.REPLAY_KEY;

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
    return daily(s, date, clockAt, strategy, LiveRun.Services.PUBLIC);
  }

  /** {@link #daily} with the outside services of live mode given (tests give local stand-ins). */
  static Wired daily(ConvergenceSettings s, Optional<MarketDay> date, Optional<Instant> clockAt,
      BiddingStrategy strategy, LiveRun.Services services) {
    JdbcStore store = openStore(s);
    try {
      return daily(s, date, clockAt, strategy, store, services);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static Wired daily(ConvergenceSettings s, Optional<MarketDay> date, Optional<Instant> clockAt,
      BiddingStrategy strategy, JdbcStore store, LiveRun.Services services) {
    if (!s.exchange().mode().equals(ExchangeSettings.SIMULATED)) {
      Clock clock = clockAt.map(t -> Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), t)))
          .orElse(Clock.systemUTC());
      MarketDay day = date.orElseGet(() -> MarketDay.nextBiddable(clock.instant()));
      Exchange exchange = LiveRun.exchange(s, "settings.yaml", "live mode", services);
      DailyRun.Builder run = LiveRun.builder(s, clock, exchange, forecaster(s), store, dashboardPublisher(s),
          services).strategy(strategy).spreadForecaster(LiveRun.spreadForecasterFor(strategy,
          LocalWiring::spreadForecaster));
      return new Wired(day, clock, false, exchange, store, run);
    }
    boolean replay = true;
    InMemoryPriceHistory recorded = recordedPrices(s);
    MetOfficeSpotReplay recording = WeatherSources.replay(s.weather().replayDir());
    MarketDay day = date.orElseGet(() -> lastReplayableDay(recording, recorded));
    Instant start = clockAt.orElse(s.schedule().planning().on(day));
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
    RestorableClock exchangeClock = new RestorableClock(clock);
    Exchange exchange = new SimulatedExchange(exchangeClock, recorded, List.of(REPLAY_KEY)).forKey(REPLAY_KEY);
    restoreReplayExchange(store, exchange, exchangeClock, day, s.schedule().planning().on(day));
    PriceHistory prices = recorded;
    WeatherFallbackChain weather = WeatherSources.chain(s.weather(), s.site().location(),
        WeatherSources.Endpoints.PUBLIC, HttpOptions.DEFAULT, clock);
    // the physics with site.correction learnt from the readings of site.readings_file as known at the clock
    EnergyModel energy = LiveRun.energyModel(s, weather, SiteReadings.of(readingsOrBundled(s)), clock);
    int lookback = ForecastErrors.DEFAULT_LOOKBACK_DAYS;
    DailyRun.Builder run = DailyRun.builder().clock(clock).weather(weather).energy(energy)
        .forecaster(forecaster(s)).history(prices).exchange(exchange, "simulated (replay)")
        .grid(s.site().grid()).strategy(strategy)
        .spreadForecaster(LiveRun.spreadForecasterFor(strategy, LocalWiring::spreadForecaster))
        // replay: past forecasts recomputed from the recording, against its readings
        .forecastErrors(ForecastErrors.recomputed(weather, energy,
            SiteReadings.of(EnergyOnsiteReader.bundled()), lookback, s.schedule().planning()))
        .carbon(RecordedCarbonIntensity.bundled())
        .dashboard(dashboardPublisher(s).labelling(DataSource.REPLAY), s.site().name(), s.site().location())
        .store(store, RunReportJson::toJson);
    return new Wired(day, clock, replay, exchange, store, run);
  }

  /** The readings of {@code site.readings_file}, or the bundled AIMLAC readings when it is empty. */
  static List<org.convergence.core.energy.SiteReading> readingsOrBundled(ConvergenceSettings s) {
    try {
      return s.siteReadingsFile().isBlank() ? EnergyOnsiteReader.bundled()
          : EnergyOnsiteReader.load(Path.of(s.siteReadingsFile()));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new UserFacingException("site.readings_file: " + e.getMessage(), e);
    }
  }

  /** The dashboard of settings.yaml's {@code dashboard.data_dir}. */
  static FileSystemDashboardPublisher dashboardPublisher(ConvergenceSettings s) {
    return new FileSystemDashboardPublisher(Path.of(s.dashboard().dataDir()), s.site().name());
  }

  /** The settlement job and the store it writes to (closed with it). */
  record Settling(DailySettlement job, JdbcStore store) implements AutoCloseable {
    @Override
    public void close() {
      store.close();
    }
  }

  /**
   * The daily settlement, on the system clock. Replay mode (exchange mode {@code simulated}): the recorded prices,
   * the held orders the runs stored (the in-process exchange is gone), and the recorded site readings the backtest
   * uses, then readings imported into the database. Live mode: the exchange's prices and held orders (its fill
   * flags count), the exchange's {@code /sim/llanwrtyd-wells} meter, then imported readings.
   */
  static Settling settlement(ConvergenceSettings s) {
    JdbcStore store = openStore(s);
    try {
      Clock clock = Clock.systemUTC();
      if (!s.exchange().mode().equals(ExchangeSettings.SIMULATED)) {
        return new Settling(LiveRun.settlement(s, clock, LiveRun.exchange(s, "settings.yaml", "live mode"), store,
            dashboardPublisher(s), LiveRun.Services.PUBLIC).build(), store);
      }
      SiteMeter imported = SiteMeter.of("readings imported into the database", store::siteReadings, clock);
      DailySettlement.Builder b = DailySettlement.builder().clock(clock).grid(s.site().grid()).store(store)
          .dashboard(dashboardPublisher(s).labelling(DataSource.REPLAY), s.site().name(), s.site().location())
          .prices(recordedPrices(s), "recorded prices (replay)").orders(HeldOrderSource.stored(store))
          .carbon(RecordedCarbonIntensity.bundled())
          .meter(SiteMeter.firstComplete(List.of(SiteMeter.of("recorded site readings (bundled "
              + EnergyOnsiteReader.FILE_NAME + ")", SiteReadings.of(EnergyOnsiteReader.bundled()), clock),
              imported)));
      return new Settling(b.build(), store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The configured database: MySQL/MariaDB when a url is set, else the embedded H2 under embedded_dir. */
  static JdbcStore openStore(ConvergenceSettings s) {
    DatabaseSettings d = s.database();
    DatabaseConfig config = d.embedded() ? DatabaseConfig.embedded(Path.of(d.embeddedDir()))
        : DatabaseConfig.server(d.url(), d.user(), d.password());
    try {
      return Databases.open(config);
    } catch (RuntimeException e) {
      throw new UserFacingException("cannot open the database " + config.describe() + ": "
          + config.mask(String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * The in-process exchange of replay mode lives only as long as the process: give it back the orders it held for
   * the day at the end of the last run (stored), so a second run sees them and the exchange keeps one per hour.
   */
  static void restoreReplayExchange(JdbcStore store, Exchange exchange, RestorableClock clock, MarketDay day,
      Instant plannedAt) {
    List<Order> held = store.heldOrders(day).stream().map(HeldOrder::order).toList();
    if (!held.isEmpty()) {
      // the orders were received before the gate: the exchange takes them back as of then
      Instant receivedBy = store.submission(day).map(s -> s.submittedAt()).orElse(plannedAt);
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

  /**
   * The backtest of {@link BacktestWiring#backtest} with the configured price model and the spread model; bad data
   * is one line naming the option or key.
   */
  static BacktestWiring.BacktestData backtest(ConvergenceSettings s, Optional<Path> readingsPath,
      Optional<Path> weatherPath, List<Path> pricePaths) {
    try {
      return BacktestWiring.backtest(s, readingsPath, weatherPath, pricePaths, forecaster(s), spreadForecaster());
    } catch (BadDataException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
  }

  /** The spread model with the hyper-parameters chosen on 2021 (docs/price-forecasting.md), recalibrated weekly. */
  static SpreadForecaster spreadForecaster() {
    return ModelSpreadForecaster.withDefaults();
  }

  /** Publishing the backtest's settled days of the configured strategy into {@code dataDir}, with replay carbon. */
  static Backtest.Publication dashboardPublication(ConvergenceSettings s, Path dataDir) {
    return new Backtest.Publication(new FileSystemDashboardPublisher(dataDir, s.site().name()),
        s.strategy().name(), s.site().name(), s.site().location(), RecordedCarbonIntensity.bundled());
  }

  static InMemoryPriceHistory recordedPrices(ConvergenceSettings s) {
    try {
      return BacktestWiring.recordedPrices(s);
    } catch (BadDataException e) {
      throw new UserFacingException(e.getMessage(), e);
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

  /**
   * The configured price model ({@code prices.model}) for the GB market as a recipe, recalibrated at every run on the
   * prices published by the run's time ({@code schedule.run_at} on D-1: D-2 and older, and the hours of D-1 delivered
   * by then), so a replayed or backtested day never sees a model trained on its future. When it cannot forecast
   * (e.g. too little history in live mode) the run falls back to {@code naive-weekly} with a warning in its report.
   */
  static PriceForecaster forecaster(ConvergenceSettings s) {
    try {
      MarketProfile.gbAsOf(s.schedule().runAt());
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("schedule.run_at: " + e.getMessage(), e);
    }
    try {
      return ModelPriceForecaster.gb(s.prices().model(), s.schedule().runAt());
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("prices.model: " + e.getMessage(), e);
    }
  }
}
