package org.convergence.cloud;

import com.google.cloud.storage.StorageOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.convergence.cloud.storage.BucketDashboardPublisher;
import org.convergence.cloud.storage.GcsLocation;
import org.convergence.connectors.alert.AlertChannels;
import org.convergence.connectors.dashboard.FileSystemDashboardPublisher;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.DatabaseSettings;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.connectors.wiring.LiveRun;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.price.PriceForecaster;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.core.run.DailyRun;
import org.convergence.core.settle.DailySettlement;
import org.convergence.core.store.DayLocking;
import org.convergence.model.spread.ModelSpreadForecaster;
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

  AimlacExchangeClient exchange() {
    return LiveRun.exchange(settings, config.settingsFile(), "the cloud service");
  }

  /** The daily run, on the system clock; the store stays open for the life of the service. */
  DailyUpdate dailyUpdate(PriceForecaster forecaster) {
    JdbcStore store = store();
    DailyRun run = LiveRun.builder(settings, clock, exchange(), forecaster, store, dashboard(),
        LiveRun.Services.PUBLIC).spreadForecaster(LiveRun.spreadForecasterFor(settings.strategy().strategy(),
            ModelSpreadForecaster::withDefaults)).build();
    return new DailyRunUpdate(run, locking(store), AlertChannels.fromSettings(settings.alerts()),
        settings.site().name(), clock);
  }

  /** {@code POST /settle}: the daily settlement job under the day's lock. */
  DailySettle dailySettle() {
    JdbcStore store = store();
    DailySettlement job = LiveRun.settlement(settings, clock, exchange(), store, dashboard(),
        LiveRun.Services.PUBLIC).build();
    DayLocking locking = locking(store);
    return new DailySettlementCall(job, locking, AlertChannels.fromSettings(settings.alerts()),
        settings.site().name(), clock);
  }

  private JdbcStore store;

  /** The service's one store (opened on first use, open for the life of the service). */
  synchronized JdbcStore store() {
    if (store == null) {
      store = Databases.open(database());
    }
    return store;
  }

  DayLocking locking(JdbcStore s) {
    return new DayLocking(s, clock, settings.schedule().lockTtl(), "cloud service"
        + Optional.ofNullable(System.getenv("K_REVISION")).map(r -> " " + r).orElse(""));
  }

  /**
   * The newest promoted model of the archive (cached), or the configured model while none is promoted, both for a
   * run at {@code schedule.run_at} (the retrain job trains for the same clock); when that cannot forecast (a corrupt
   * model file, too little history to recalibrate, a call before {@code schedule.run_at}, when fewer hours of D-1
   * have been delivered than the model reads) the run falls back to {@code naive-weekly} with a warning in its
   * report.
   */
  PriceForecaster forecaster() {
    ModelArchive archive = new ModelArchive(ModelArchive.resolve(modelLocation()));
    return new org.convergence.core.price.FallbackPriceForecaster(
        new ChampionForecaster(new ChampionCache<>(archive, PriceModelFiles::load),
            () -> PriceModelFiles.byName(settings.prices().model(), settings.schedule().runAt())),
        PriceModelFiles.byName("naive-weekly", settings.schedule().runAt()));
  }

  ConvergenceSettings settings() {
    return settings;
  }
}
