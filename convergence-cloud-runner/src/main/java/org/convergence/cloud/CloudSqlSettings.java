package org.convergence.cloud;

import java.util.Objects;
import org.convergence.persistence.DatabaseConfig;

/**
 * Cloud SQL for MySQL reached through the Cloud SQL Java connector (socket factory): no IP allow-list and no
 * certificates to manage; the service account needs {@code roles/cloudsql.client}.
 *
 * @param instanceConnectionName {@code project:region:instance}
 */
public record CloudSqlSettings(String instanceConnectionName, String database, String user, String password) {
  public CloudSqlSettings {
    Objects.requireNonNull(instanceConnectionName, "instanceConnectionName");
    if (!instanceConnectionName.matches("[a-z0-9.:-]+:[a-z0-9-]+:[a-z0-9-]+")) {
      throw new IllegalArgumentException("CONVERGENCE_CLOUDSQL_INSTANCE must be project:region:instance, was '"
          + instanceConnectionName + "'");
    }
    if (database == null || !database.matches("[A-Za-z0-9_]{1,64}")) {
      throw new IllegalArgumentException("CONVERGENCE_DB_NAME must be letters, digits or '_', was '" + database
          + "'");
    }
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /** The persistence module's configuration for it (mysql-connector-j with the socket factory, Flyway on open). */
  public DatabaseConfig databaseConfig() {
    return DatabaseConfig.cloudSql(instanceConnectionName, database, user, password);
  }

  @Override
  public String toString() {
    return "CloudSqlSettings[instance=" + instanceConnectionName + ", database=" + database + ", user=" + user
        + ", password=" + (password.isEmpty() ? "" : "***") + "]";
  }
}
