package org.convergence.local;

import java.nio.file.Path;
import org.convergence.connectors.settings.DatabaseSettings;
import org.convergence.persistence.DatabaseConfig;

/**
 * settings.yaml's {@code database:} section (connectors' {@link DatabaseSettings}) to the persistence module's
 * {@link DatabaseConfig}. The runners are the only place that sees both modules, so the mapping lives here.
 */
public final class DatabaseConfigs {
  private DatabaseConfigs() {}

  /**
   * The database the settings name: the server at {@code url} with its user and password, or, when {@code url} is
   * empty, the embedded H2 file database in {@code embedded_dir}.
   *
   * @throws UserFacingException when the url is not one the persistence module can open (the message names the
   *     settings key, never the password)
   */
  public static DatabaseConfig fromSettings(DatabaseSettings settings) {
    if (settings.embedded()) {
      return DatabaseConfig.embedded(Path.of(settings.embeddedDir()));
    }
    try {
      return DatabaseConfig.server(settings.url(), settings.user(), settings.password());
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("database.url: " + e.getMessage(), e);
    }
  }
}
