package org.convergence.cloud;

import com.google.cloud.storage.StorageOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.convergence.cloud.storage.BucketDashboardPublisher;
import org.convergence.cloud.storage.GcsLocation;
import org.convergence.connectors.carbon.CarbonIntensityClient;
import org.convergence.connectors.dashboard.FileSystemDashboardPublisher;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.prices.PriceSources;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.DatabaseSettings;
import org.convergence.connectors.settings.ExchangeSettings;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.connectors.weather.WeatherSources;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.energy.SiteEnergyModel;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.ForecastErrors;
import org.convergence.core.weather.WeatherFallbackChain;
import org.convergence.model.archive.ModelArchive;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;

/**
 * Builds the service's parts from its environment and settings.yaml, as the local runner's live mode does, with the
 * cloud's own pieces: Cloud SQL through the socket factory, the dashboard in the bucket, the champion price model
 * from the bucket's model archive. Thin: every rule lives in core.
 */
final class CloudWiring {
  private final CloudConfig config;
  private final Clock clock;
  private final ConvergenceSettings settings;

  CloudWiring(CloudConfig config, java.util.Map<String, String> env, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = SettingsLoader.withEnvironment(env).load(Path.of(config.settingsFile()));
  }

  String modelLocation() {
    return config.modelLocation().orElse(settings.prices().modelDir());
  }

  String dashboardLocation() {
    return config.dashboardLocation().orElse(settings.dashboard().dataDir());
  }

  /** Where {@code GET /data/*} reads: the same place the dashboard is published to. */
  Path dashboardPath() {
    return ModelArchive.resolve(dashboardLocation());
  }

  /** Cloud SQL when its instance is configured, otherwise settings.yaml's database (embedded H2 by default). */
  DatabaseConfig database() {
    Optional<CloudSqlSettings> sql = config.cloudSql();
    if (sql.isPresent()) {
      CloudSqlSettings c = sql.get();
      return c.databaseConfig();
    }
    DatabaseSettings d = settings.database();
    return d.embedded() ? DatabaseConfig.embedded(Path.of(d.embeddedDir()))
        : DatabaseConfig.server(d.url(), d.user(), d.password());
  }

  DashboardPublisher dashboard() {
    String location = dashboardLocation();
    Optional<GcsLocation> gcs = GcsLocation.parse(location);
    return gcs.isPresent()
        ? new BucketDashboardPublisher(StorageOptions.getDefaultInstance().getService(), gcs.get(),
            settings.site().name())
        : new FileSystemDashboardPublisher(Path.of(location), settings.site().name());
  }

  Exchange exchange() {
    ExchangeSettings ex = settings.exchange();
    if (!ex.mode().equals(ExchangeSettings.HTTP)) {
      throw new IllegalArgumentException("the cloud service trades with a real exchange: set exchange.mode: http"
          + " (and its url and key) in " + config.settingsFile() + "; the simulated exchange lives in one process");
    }
    return new AimlacExchangeClient(URI.create(ex.url()), ex.key());
  }

  /** The daily run, on the system clock; the store stays open for the life of the service. */
  DailyUpdate dailyUpdate(PriceForecaster forecaster) {
    JdbcStore store = Databases.open(database());
    Exchange exchange = exchange();
    WeatherFallbackChain weather = WeatherSources.chain(settings.weather(), settings.site().location(),
        WeatherSources.Endpoints.PUBLIC, HttpOptions.DEFAULT, clock);
    SiteEnergyModel energy = new SiteEnergyModel(settings.site());
    DailyRun run = DailyRun.builder().clock(clock).weather(weather).energy(energy::forecast).forecaster(forecaster)
        .history(PriceSources.chain(settings.prices().sources(), exchange, store))
        .exchange(exchange, "http").grid(settings.site().grid())
        .strategy(settings.strategy().strategy())
        // live: the energy forecasts earlier runs stored, against the site readings the database holds
        .forecastErrors(ForecastErrors.stored(store, store::siteReadings, ForecastErrors.DEFAULT_LOOKBACK_DAYS))
        .carbon(new CarbonIntensityClient(CarbonIntensityClient.DEFAULT_BASE_URI, HttpOptions.DEFAULT))
        .store(store, RunReportJson::toJson)
        .dashboard(dashboard(), settings.site().name(), settings.site().location())
        .build();
    return new DailyRunUpdate(run);
  }

  /** The newest promoted model of the archive (cached), or the configured model while none is promoted. */
  PriceForecaster forecaster() {
    ModelArchive archive = new ModelArchive(ModelArchive.resolve(modelLocation()));
    return new ChampionForecaster(new ChampionCache<>(archive, PriceModelFiles::load),
        () -> PriceModelFiles.byName(settings.prices().model()));
  }

  ConvergenceSettings settings() {
    return settings;
  }
}
