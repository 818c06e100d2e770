package org.convergence.connectors.settings;

import java.util.Objects;

/**
 * The database. An empty {@code url} means the embedded H2 file database under {@code embeddedDir}; otherwise a
 * MySQL/MariaDB JDBC url with its user and password (all from the environment, never written in the file).
 */
public record DatabaseSettings(String url, String user, String password, String embeddedDir) {
  public DatabaseSettings {
    url = url == null ? "" : url.trim();
    user = user == null ? "" : user;
    password = Objects.requireNonNullElse(password, "");
    embeddedDir = embeddedDir == null || embeddedDir.isBlank() ? "./data" : embeddedDir.trim();
    if (!url.isEmpty() && !url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("url must be a JDBC url starting with 'jdbc:', or empty for the embedded database");
    }
  }

  public boolean embedded() {
    return url.isEmpty();
  }

  @Override
  public String toString() {
    // the url may carry a password (user:password@host, ?password=): it is never shown
    return "DatabaseSettings[url=" + (url.isEmpty() ? "" : "(set)") + ", user=" + user + ", password="
        + (password.isEmpty() ? "" : "***")
        + ", embeddedDir=" + embeddedDir + "]";
  }
}
