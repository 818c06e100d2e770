package org.convergence.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
  private static final Path DIR = Path.of("/srv/convergence/data");

  @Test
  void withoutAUrlTheEmbeddedDatabaseUnderTheDirectoryIsUsed() {
    DatabaseConfig c = DatabaseConfig.fromEnvironment(Map.of(), DIR);
    assertThat(c.isEmbedded()).isTrue();
    assertThat(c.jdbcUrl()).isEqualTo("jdbc:h2:file:/srv/convergence/data/convergence;MODE=MySQL");
    assertThat(c.describe()).isEqualTo("embedded H2 database /srv/convergence/data/convergence");
  }

  @Test
  void theEnvironmentSelectsAServer() {
    DatabaseConfig c = DatabaseConfig.fromEnvironment(Map.of("CONVERGENCE_DB_URL",
        "jdbc:mysql://127.0.0.1:33306/convergence", "CONVERGENCE_DB_USER", "convergence",
        "CONVERGENCE_DB_PASSWORD", "s3cret-value"), DIR);
    assertThat(c.isEmbedded()).isFalse();
    assertThat(c.user()).isEqualTo("convergence");
    assertThat(c.password()).isEqualTo("s3cret-value");
    assertThat(c.describe()).isEqualTo("database 'convergence' on host 127.0.0.1:33306");
    assertThat(c.toString()).doesNotContain("s3cret-value").contains("password set");
  }

  @Test
  void aUserWithoutAUrlIsAnError() {
    assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("CONVERGENCE_DB_USER", "x"), DIR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CONVERGENCE_DB_URL is not");
  }

  @Test
  void cloudSqlGoesThroughTheSocketFactory() {
    DatabaseConfig c = DatabaseConfig.cloudSql("aimlac-prod:europe-west2:convergence-db", "convergence", "bidder",
        "pw-from-secret-manager");
    assertThat(c.jdbcUrl()).isEqualTo("jdbc:mysql:///convergence");
    assertThat(c.properties()).containsEntry("socketFactory", "com.google.cloud.sql.mysql.SocketFactory")
        .containsEntry("cloudSqlInstance", "aimlac-prod:europe-west2:convergence-db");
    assertThat(c.describe())
        .isEqualTo("database 'convergence' on Cloud SQL instance aimlac-prod:europe-west2:convergence-db");
    assertThat(c.toString()).doesNotContain("pw-from-secret-manager");
    assertThat(c.withProperty("ipTypes", "PRIVATE").properties()).containsEntry("ipTypes", "PRIVATE")
        .containsEntry("cloudSqlInstance", "aimlac-prod:europe-west2:convergence-db");
  }

  @Test
  void badSettingsAreRejectedWithTheReason() {
    assertThatThrownBy(() -> DatabaseConfig.cloudSql("just-a-name", "convergence", "u", "p"))
        .hasMessageContaining("project:region:instance");
    assertThatThrownBy(() -> DatabaseConfig.server("jdbc:mariadb://127.0.0.1/convergence", "u", "p"))
        .hasMessageContaining("jdbc:mysql://");
    assertThatThrownBy(() -> DatabaseConfig.server("jdbc:postgresql://127.0.0.1/convergence", "u", "p"))
        .hasMessageContaining("jdbc:mysql:// or jdbc:h2:");
  }
}
