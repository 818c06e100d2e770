package org.convergence.connectors.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import org.convergence.core.demand.WorkingCalendar;

/**
 * What the settings records cannot check alone, checked once when the file is read: that the files and folders
 * the keys name exist ({@code exchange.prices_file}, {@code site.readings_file}, {@code weather.replay_dir}; empty
 * = the bundled data) and that {@code site.demand.holiday_region} is a region the holiday calendar knows. Each failure
 * names the file and the key.
 */
final class SettingsChecks {
  private SettingsChecks() {}

  static void check(ConvergenceSettings s, String sourceName) {
    exists(s.exchange().pricesFile(), "exchange.prices_file", "price file or folder", sourceName);
    exists(s.siteReadingsFile(), "site.readings_file", "site readings file", sourceName);
    exists(s.weather().replayDir(), "weather.replay_dir", "recorded forecast file or folder", sourceName);
    try {
      new WorkingCalendar(s.site().demand());
    } catch (IllegalArgumentException e) {
      throw new SettingsException(sourceName + ": site.demand.holiday_region: " + e.getMessage()
          .replaceFirst("^holiday_region ", ""), e);
    }
  }

  private static void exists(String path, String key, String what, String sourceName) {
    if (!path.isEmpty() && !Files.exists(Path.of(path))) {
      throw new SettingsException(sourceName + ": " + key + ": " + what + " " + path + " does not exist (leave it"
          + " empty for the bundled data)");
    }
  }
}
