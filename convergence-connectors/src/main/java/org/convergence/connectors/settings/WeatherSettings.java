package org.convergence.connectors.settings;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Weather sources in the order they are tried ({@code metoffice}, {@code open-meteo}, {@code replay}); the first
 * that serves a full market day wins.
 *
 * @param metOfficeApiKey Met Office DataHub key (from the environment; empty = that source is skipped)
 * @param replayDir folder of recorded forecasts in the metoffice_spot.csv format; empty = the bundled recording
 * @param windMeasurementHeightM height of the source's wind speed, m
 */
public record WeatherSettings(
    List<String> sources, String metOfficeApiKey, String replayDir, double windMeasurementHeightM) {
  public static final Set<String> KNOWN = Set.of("metoffice", "open-meteo", "replay");

  public WeatherSettings {
    Objects.requireNonNull(sources, "sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("sources must name at least one of " + KNOWN);
    }
    for (String s : sources) {
      if (!KNOWN.contains(s)) {
        throw new IllegalArgumentException("sources must each be one of " + KNOWN + ", was '" + s + "'");
      }
    }
    sources = List.copyOf(sources);
    metOfficeApiKey = metOfficeApiKey == null ? "" : metOfficeApiKey;
    replayDir = replayDir == null ? "" : replayDir.trim();
    if (!(windMeasurementHeightM > 0 && windMeasurementHeightM <= 300)) {
      throw new IllegalArgumentException("wind measurement height must be within (0, 300] m, was " + windMeasurementHeightM);
    }
  }

  @Override
  public String toString() {
    return "WeatherSettings[sources=" + sources + ", metOfficeApiKey=" + (metOfficeApiKey.isEmpty() ? "" : "***")
        + ", replayDir=" + replayDir + ", windMeasurementHeightM=" + windMeasurementHeightM + "]";
  }
}
