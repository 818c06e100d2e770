package org.convergence.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudConfigTest {
  @Test
  void readsTheCloudRunEnvironment() {
    CloudConfig c = CloudConfig.fromEnvironment(Map.of(
        "PORT", "8081",
        "CONVERGENCE_BUCKET", "gs://convergence-prod/",
        "CONVERGENCE_OIDC_AUDIENCE", "https://convergence-abc-nw.a.run.app",
        "CONVERGENCE_CLOUDSQL_INSTANCE", "my-project:europe-west2:convergence",
        "CONVERGENCE_DB_USER", "convergence",
        "CONVERGENCE_DB_PASSWORD", "s3cret-pass"));
    assertThat(c.port()).isEqualTo(8081);
    assertThat(c.modelLocation()).contains("gs://convergence-prod/models");
    assertThat(c.dashboardLocation()).contains("gs://convergence-prod/dashboard/data");
    var db = c.cloudSql().orElseThrow().databaseConfig();
    assertThat(db.describe()).contains("my-project:europe-west2:convergence").contains("convergence");
    assertThat(db.toString()).doesNotContain("s3cret-pass");
    assertThat(c.toString()).doesNotContain("s3cret-pass");
  }

  @Test
  void defaultsLocallyAndNamesBadValues() {
    CloudConfig c = CloudConfig.fromEnvironment(Map.of("CONVERGENCE_UPDATE_TOKEN", "0123456789abcdef0123"));
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.modelLocation()).isEmpty();
    assertThat(c.cloudSql()).isEmpty();
    assertThat(c.toString()).doesNotContain("0123456789abcdef0123");
    assertThatThrownBy(() -> CloudConfig.fromEnvironment(Map.of("PORT", "eighty"))).hasMessageContaining("PORT");
    assertThatThrownBy(() -> CloudConfig.fromEnvironment(Map.of("CONVERGENCE_BUCKET", "Bad Bucket")))
        .hasMessageContaining("CONVERGENCE_BUCKET");
    assertThatThrownBy(() -> CloudConfig.fromEnvironment(Map.of("CONVERGENCE_CLOUDSQL_INSTANCE", "p:r:i")))
        .hasMessageContaining("CONVERGENCE_DB_USER");
    assertThatThrownBy(() -> CloudConfig.fromEnvironment(Map.of("CONVERGENCE_CLOUDSQL_INSTANCE", "just-a-name",
        "CONVERGENCE_DB_USER", "u"))).hasMessageContaining("project:region:instance");
  }

  @Test
  void theCloudSqlSocketFactoryIsOnTheClassPath() throws ClassNotFoundException {
    // DatabaseConfig.cloudSql names it; without it every connection would fail only on Cloud Run
    assertThat(Class.forName("com.google.cloud.sql.mysql.SocketFactory")).isNotNull();
  }
}
