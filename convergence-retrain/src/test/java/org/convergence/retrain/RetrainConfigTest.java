package org.convergence.retrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class RetrainConfigTest {
  @Test
  void readsTheJobEnvironment() {
    RetrainConfig c = RetrainConfig.fromEnvironment(Map.of("CONVERGENCE_BUCKET", "convergence-prod",
        "CONVERGENCE_RETRAIN_EVAL_DAYS", "21", "CONVERGENCE_PRICE_HISTORY", "elexon",
        "CONVERGENCE_RETRAIN_MIN_IMPROVEMENT", "0.02"));
    assertThat(c.modelLocation()).contains("gs://convergence-prod/models");
    assertThat(c.evaluationDays()).isEqualTo(21);
    assertThat(c.minDays()).isEqualTo(7);
    assertThat(c.minRelativeImprovement()).isEqualTo(0.02);
    assertThat(c.historySource()).isEqualTo("elexon");
    assertThat(c.historyDays()).isEqualTo(1500);
  }

  @Test
  void namesWhatIsWrong() {
    assertThatThrownBy(() -> RetrainConfig.fromEnvironment(Map.of("CONVERGENCE_PRICE_HISTORY", "ftp")))
        .hasMessageContaining("CONVERGENCE_PRICE_HISTORY");
    assertThatThrownBy(() -> RetrainConfig.fromEnvironment(Map.of("CONVERGENCE_RETRAIN_MIN_DAYS", "40")))
        .hasMessageContaining("CONVERGENCE_RETRAIN_MIN_DAYS");
    assertThatThrownBy(() -> RetrainConfig.fromEnvironment(Map.of("CONVERGENCE_RETRAIN_MIN_IMPROVEMENT", "1.5")))
        .hasMessageContaining("CONVERGENCE_RETRAIN_MIN_IMPROVEMENT");
    assertThatThrownBy(() -> RetrainConfig.fromEnvironment(Map.of("CONVERGENCE_PRICE_HISTORY_DAYS", "10")))
        .hasMessageContaining("CONVERGENCE_PRICE_HISTORY_DAYS");
  }

  @Test
  void theDefaultHistoryIsTheBundledGbPrices() {
    RetrainConfig c = RetrainConfig.fromEnvironment(Map.of());
    var settings = SettingsLoader.withEnvironment(Map.of()).load(Path.of("..", "settings.yaml"));
    PriceHistory h = new SettingsWiring(Map.of(), Clock.fixed(Instant.parse("2022-05-01T05:00:00Z"), ZoneOffset.UTC))
        .history(c, settings);
    assertThat(h.clearingPrices(MarketDay.of(2022, 3, 1), MarketDay.of(2022, 3, 7))).hasSize(7 * 24);
  }

  @Test
  void theCloudSqlSocketFactoryIsOnTheClassPath() throws ClassNotFoundException {
    // DatabaseConfig.cloudSql names it; without it every connection would fail only on Cloud Run
    assertThat(Class.forName("com.google.cloud.sql.mysql.SocketFactory")).isNotNull();
  }
}
