package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.convergence.connectors.settings.DatabaseSettings;
import org.convergence.persistence.DatabaseConfig;
import org.junit.jupiter.api.Test;

class DatabaseConfigsTest {
  @Test
  void anEmptyUrlIsTheEmbeddedDatabaseInTheEmbeddedDir() {
    DatabaseConfig config = DatabaseConfigs.fromSettings(new DatabaseSettings("", "", "", "./some/dir"));
    assertThat(config).isEqualTo(DatabaseConfig.embedded(Path.of("./some/dir")));
    assertThat(config.isEmbedded()).isTrue();
  }

  @Test
  void aUrlIsThatServerWithItsUserAndPassword() {
    DatabaseConfig config = DatabaseConfigs.fromSettings(
        new DatabaseSettings("jdbc:mysql://127.0.0.1:3306/convergence", "trader", "s3cret-pw", "./data"));
    assertThat(config).isEqualTo(DatabaseConfig.server("jdbc:mysql://127.0.0.1:3306/convergence", "trader",
        "s3cret-pw"));
    assertThat(config.describe()).isEqualTo("database 'convergence' on host 127.0.0.1:3306");
  }

  @Test
  void aUrlPersistenceCannotOpenNamesTheSettingsKeyNotThePassword() {
    assertThatThrownBy(() -> DatabaseConfigs.fromSettings(
            new DatabaseSettings("jdbc:postgresql://db/convergence", "trader", "s3cret-pw", "./data")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageStartingWith("database.url: database URL must start with jdbc:mysql:// or jdbc:h2:")
        .message().doesNotContain("s3cret-pw");
  }
}
