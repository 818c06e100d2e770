package org.convergence.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.convergence.connectors.dashboard.FileSystemDashboardPublisher;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PublishedPrices;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's wiring from the environment and the shipped settings.yaml. */
class CloudWiringTest {
  @TempDir Path dir;

  Path settings(String exchangeMode) throws IOException {
    return settings(exchangeMode, "08:30");
  }

  Path settings(String exchangeMode, String runAt) throws IOException {
    String yaml = Files.readString(Path.of("..", "settings.yaml"))
        .replaceFirst("(?m)^(\\s*run_at:)\\s*\"08:30\"", "$1 \"" + runAt + "\"")
        .replaceFirst("(?m)^(\\s*mode:)\\s*simulated", "$1 " + exchangeMode)
        .replaceFirst("(?m)^(\\s*embedded_dir:)\\s*\\S+", "$1 " + dir.resolve("db"))
        .replaceFirst("(?m)^(\\s*data_dir:)\\s*\\S+", "$1 " + dir.resolve("dashboard"));
    return Files.writeString(dir.resolve(exchangeMode + ".yaml"), yaml);
  }

  CloudWiring wiring(String exchangeMode, Map<String, String> extra) throws IOException {
    return wiring(exchangeMode, "08:30", extra);
  }

  CloudWiring wiring(String exchangeMode, String runAt, Map<String, String> extra) throws IOException {
    Map<String, String> env = new HashMap<>(extra);
    env.put("CONVERGENCE_SETTINGS", settings(exchangeMode, runAt).toString());
    env.put("CONVERGENCE_EXCHANGE_URL", "http://127.0.0.1:9/");
    env.put("CONVERGENCE_EXCHANGE_KEY", "test-key");
    return new CloudWiring(CloudConfig.fromEnvironment(env), env, Clock.systemUTC());
  }

  @Test
  void localRunsUseSettingsDatabaseAndDashboardDirectory() throws IOException {
    CloudWiring w = wiring("http", Map.of());
    assertThat(w.database().isEmbedded()).isTrue();
    assertThat(w.database().describe()).contains(dir.resolve("db").toString());
    assertThat(w.dashboard()).isInstanceOf(FileSystemDashboardPublisher.class);
    assertThat(w.dashboardPath()).isEqualTo(dir.resolve("dashboard"));
    assertThat(w.exchange()).isInstanceOf(AimlacExchangeClient.class);
  }

  @Test
  void cloudSqlAndTheBucketComeFromTheEnvironment() throws IOException {
    CloudWiring w = wiring("http", Map.of("CONVERGENCE_BUCKET", "convergence-prod",
        "CONVERGENCE_CLOUDSQL_INSTANCE", "p:europe-west2:convergence", "CONVERGENCE_DB_USER", "convergence"));
    assertThat(w.database().describe()).contains("p:europe-west2:convergence");
    assertThat(w.dashboardLocation()).isEqualTo("gs://convergence-prod/dashboard/data");
    assertThat(w.modelLocation()).isEqualTo("gs://convergence-prod/models");
  }

  /** The deploy guide's Cloud Scheduler calls the service at 07:30Z: 8 hours of D-1 delivered, not 9. */
  static final MarketDay DAY = MarketDay.of(2022, 4, 20);
  static final Instant SEVEN_THIRTY = DAY.date().minusDays(1).atTime(7, 30).toInstant(ZoneOffset.UTC);

  @Test
  void theConfiguredModelForecastsAtScheduleRunAtWithoutFallingBack() throws IOException {
    CloudWiring w = wiring("http", "07:30", Map.of());
    PriceForecaster.Outcome o = w.forecaster().forecastWithWarnings(DAY,
        PublishedPrices.asOf(GbPriceFiles.bundled(), SEVEN_THIRTY), SEVEN_THIRTY);

    assertThat(o.warnings()).isEmpty();
    assertThat(o.forecast().modelId()).startsWith(w.settings().prices().model());
  }

  @Test
  void aCallBeforeScheduleRunAtFallsBackToTheNaiveModelWithAWarning() throws IOException {
    CloudWiring w = wiring("http", "08:30", Map.of());
    PriceForecaster.Outcome o = w.forecaster().forecastWithWarnings(DAY,
        PublishedPrices.asOf(GbPriceFiles.bundled(), SEVEN_THIRTY), SEVEN_THIRTY);

    assertThat(o.forecast().modelId()).startsWith("naive-weekly");
    assertThat(o.warnings()).singleElement().asString().contains(w.settings().prices().model());
  }

  @Test
  void refusesTheInProcessExchange() throws IOException {
    CloudWiring w = wiring("simulated", Map.of());
    assertThatThrownBy(w::exchange).hasMessageContaining("exchange.mode: http");
  }
}
