package org.convergence.retrain;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.convergence.connectors.settings.DatabaseSettings;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.connectors.elexon.ElexonClient;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.ExchangeSettings;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;

/** The production wiring: settings.yaml names the model and the local archive; the history comes from a source. */
final class SettingsWiring implements RetrainMain.Wiring {
  private final java.util.Map<String, String> env;
  private final Clock clock;
  private ConvergenceSettings settings;

  SettingsWiring(java.util.Map<String, String> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  private ConvergenceSettings settings(RetrainConfig config) {
    if (settings == null) {
      settings = SettingsLoader.withEnvironment(env).load(Path.of(config.settingsFile()));
    }
    return settings;
  }

  @Override
  public RetrainMain.Parts parts(RetrainConfig config) {
    ConvergenceSettings s = settings(config);
    PriceModels models = ModelTraining.gbAsOf(s.schedule().runAt());
    PriceHistory history = history(config, s);
    return new RetrainMain.Parts(s.prices().model(), history, models, Optional.of(Databases.open(database(config, s))));
  }

  /** The model registry's database: Cloud SQL when configured, otherwise settings.yaml's (embedded H2 by default). */
  static DatabaseConfig database(RetrainConfig config, ConvergenceSettings s) {
    if (config.cloudSql().isPresent()) {
      return config.cloudSql().get();
    }
    DatabaseSettings d = s.database();
    return d.embedded() ? DatabaseConfig.embedded(Path.of(d.embeddedDir()))
        : DatabaseConfig.server(d.url(), d.user(), d.password());
  }

  /** The clearing-price history the job trains and evaluates on. */
  PriceHistory history(RetrainConfig config, ConvergenceSettings s) {
    MarketDay to = MarketDay.delivering(clock.instant()).previous();
    MarketDay from = to.minusDays(config.historyDays() - 1L);
    switch (config.historySource()) {
      case "elexon":
        return new ElexonHistory(new ElexonClient(ElexonClient.DEFAULT_BASE_URI, HttpOptions.DEFAULT))
            .load(from, to, false);
      case "exchange":
        ExchangeSettings ex = s.exchange();
        if (!ex.mode().equals(ExchangeSettings.HTTP)) {
          throw new IllegalArgumentException("CONVERGENCE_PRICE_HISTORY=exchange needs exchange.mode: http in "
              + config.settingsFile());
        }
        return InMemoryPriceHistory.copyOf(new AimlacExchangeClient(URI.create(ex.url()), ex.key()), from, to);
      default:
        String file = s.exchange().pricesFile();
        return file.isEmpty() ? GbPriceFiles.bundled() : GbPriceFiles.load(List.of(Path.of(file)));
    }
  }

  @Override
  public String defaultModelLocation(RetrainConfig config) {
    return settings(config).prices().modelDir();
  }
}
