package org.convergence.connectors.wiring;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.convergence.connectors.carbon.CarbonIntensityClient;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.connectors.exchange.ExchangeSiteMeter;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.prices.PriceSources;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.ExchangeSettings;
import org.convergence.connectors.weather.WeatherSources;
import org.convergence.core.carbon.CarbonIntensitySource;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.energy.SiteEnergyModel;
import org.convergence.core.energy.SiteMeter;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.run.CorrectedEnergyModel;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.EnergyModel;
import org.convergence.core.run.ForecastErrors;
import org.convergence.core.settle.DailySettlement;
import org.convergence.core.settle.HeldOrderSource;
import org.convergence.core.store.ConvergenceStore;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.weather.WeatherFallbackChain;
import org.convergence.core.weather.WeatherSource;

/** The daily run of live mode ({@code exchange.mode: http}) from settings.yaml. */
public final class LiveRun {
  private LiveRun() {}

  /**
   * The outside services a live run reads besides the exchange; {@link #PUBLIC} in production, local stand-ins in
   * tests.
   */
  public record Services(WeatherSources.Endpoints weather, HttpOptions http, CarbonIntensitySource carbon,
      AimlacExchangeClient.Options exchange) {
    public static final Services PUBLIC = new Services(WeatherSources.Endpoints.PUBLIC, HttpOptions.DEFAULT,
        new CarbonIntensityClient(CarbonIntensityClient.DEFAULT_BASE_URI, HttpOptions.DEFAULT),
        AimlacExchangeClient.Options.defaults());

    public Services {
      Objects.requireNonNull(weather, "weather");
      Objects.requireNonNull(http, "http");
      Objects.requireNonNull(carbon, "carbon");
      Objects.requireNonNull(exchange, "exchange");
    }
  }

  /** The configured exchange over HTTP; a clear error when the settings are for the in-process one. */
  public static AimlacExchangeClient exchange(ConvergenceSettings s, String settingsFile, String who) {
    return exchange(s, settingsFile, who, Services.PUBLIC);
  }

  /** The configured exchange over HTTP with the services' client options. */
  public static AimlacExchangeClient exchange(ConvergenceSettings s, String settingsFile, String who,
      Services services) {
    ExchangeSettings ex = s.exchange();
    if (!ex.mode().equals(ExchangeSettings.HTTP)) {
      throw new IllegalArgumentException(who + " trades with a real exchange: set exchange.mode: http (and its url"
          + " and key) in " + settingsFile + "; the simulated exchange lives in one process (for a local one, run"
          + " ./convergence exchange and point exchange.url at it)");
    }
    return new AimlacExchangeClient(URI.create(ex.url()), ex.key(), services.exchange());
  }

  /**
   * The daily settlement of live mode: the prices of {@code prices.sources} and the orders the exchange holds (its
   * fill flags
   * count), the site meter on the exchange's {@code /sim/llanwrtyd-wells} endpoints, then readings imported into the
   * store (./convergence import readings); results stored and the settled day published with carbon intensity.
   */
  public static DailySettlement.Builder settlement(ConvergenceSettings s, Clock clock, AimlacExchangeClient exchange,
      ConvergenceStore store, DashboardPublisher dashboard, Services services) {
    SiteMeter imported = SiteMeter.of("readings imported into the database", store::siteReadings, clock);
    return DailySettlement.builder().clock(clock).grid(s.site().grid()).store(store)
        .dashboard(dashboard, s.site().name(), s.site().location())
        .prices(PriceSources.chain(s.prices().sources(), exchange, store), "prices.sources " + s.prices().sources())
        .orders(HeldOrderSource.exchange(exchange, "exchange"))
        .carbon(services.carbon())
        .meter(SiteMeter.firstComplete(List.of(
            new ExchangeSiteMeter(exchange, "exchange /sim/llanwrtyd-wells", clock), imported)));
  }

  /**
   * The site's energy model of every run, replay and backtest: the physics of {@code site} with {@code
   * site.correction} learnt from the {@code readings} metered by each day's planning time ({@code schedule.run_at};
   * the past physics from {@code weather} as it stood at each day's planning time, so a source that cannot serve a
   * past day gives no residuals, and then no correction).
   */
  public static EnergyModel energyModel(ConvergenceSettings s, WeatherSource weather, SiteReadings readings,
      Clock clock) {
    SiteEnergyModel physics = new SiteEnergyModel(s.site());
    return new CorrectedEnergyModel(physics::forecast, s.site().correction(), physics.wind(), weather, readings,
        s.schedule().planning(), clock);
  }

  /**
   * The spread model for a daily run with {@code strategy}: {@code model}'s forecaster when the strategy reads the
   * spread forecast ({@link BiddingStrategy#usesSpreadForecast}: {@code ev}), else empty (the run has no spread
   * forecast step). The model's fit is the run's dearest step on the shipped settings (about 2 s of a 2.3 s run) and
   * no other strategy reads it. Backtests fit it always: every strategy runs there.
   */
  public static Optional<SpreadForecaster> spreadForecasterFor(BiddingStrategy strategy,
      Supplier<SpreadForecaster> model) {
    return strategy.usesSpreadForecast() ? Optional.of(model.get()) : Optional.empty();
  }

  /**
   * The daily run of live mode: the configured weather chain and strategy, the site's energy model, the price
   * history of {@code prices.sources}, forecast errors from what earlier runs stored against the readings the store
   * holds, carbon intensity, the store and the dashboard. The caller adds nothing but may override.
   */
  public static DailyRun.Builder builder(ConvergenceSettings s, Clock clock, Exchange exchange,
      PriceForecaster forecaster, ConvergenceStore store, DashboardPublisher dashboard, Services services) {
    WeatherFallbackChain weather = WeatherSources.chain(s.weather(), s.site().location(), services.weather(),
        services.http(), clock);
    // the physics with site.correction learnt from the readings imported into the store by the run's clock (past
    // physics from the weather chain as it stood at each day's planning time; a source that cannot serve a past day
    // gives no residuals, and then no correction)
    EnergyModel energy = energyModel(s, weather, store::siteReadings, clock);
    return DailyRun.builder().clock(clock).weather(weather).energy(energy).forecaster(forecaster)
        // live price history: the exchange's price endpoints, Elexon, the database, as prices.sources orders them
        .history(PriceSources.chain(s.prices().sources(), exchange, store)).exchange(exchange, "http")
        .grid(s.site().grid())
        .strategy(s.strategy().strategy())
        // live: the energy forecasts earlier runs stored, against imported readings or settled metered nets
        .forecastErrors(ForecastErrors.stored(store, ForecastErrors.DEFAULT_LOOKBACK_DAYS))
        .carbon(services.carbon())
        .store(store, RunReportJson::toJson)
        .dashboard(dashboard, s.site().name(), s.site().location());
  }
}
