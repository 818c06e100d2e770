package org.convergence.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's settings.yaml as a test runs it: offline, with the embedded database and the dashboard in folders
 * the test names, whatever CONVERGENCE_DB_* say (CI sets them for the MariaDB tests).
 */
public final class ShippedSettings {
  /** The shipped file, from a module's folder (where Maven runs the tests). */
  public static final Path FILE = Path.of("..", "settings.yaml");

  private ShippedSettings() {}

  /** The shipped YAML with the database variables emptied and the database and dashboard folders replaced. */
  public static String yaml(Path databaseDir, Path dashboardDir) throws IOException {
    return Files.readString(FILE)
        .replace("${CONVERGENCE_DB_URL:-}", "\"\"")
        .replace("${CONVERGENCE_DB_USER:-}", "\"\"")
        .replace("${CONVERGENCE_DB_PASSWORD:-}", "\"\"")
        .replace("embedded_dir: ./data", "embedded_dir: " + databaseDir)
        .replace("data_dir: ./data/dashboard", "data_dir: " + dashboardDir);
  }

  /** {@link #yaml} with the database in {@code dir/db} and the dashboard in {@code dir/dashboard}, as dir/settings.yaml. */
  public static Path writeIn(Path dir) throws IOException {
    return Files.writeString(dir.resolve("settings.yaml"), yaml(dir.resolve("db"), dir.resolve("dashboard")));
  }
}
