package org.convergence.core.weather;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A weather forecast for the site on a regular grid (normally 30 minutes), as issued by one source.
 *
 * @param source name of the source that served it (e.g. "metoffice", "open-meteo", "replay")
 * @param issuedAt when the forecast was issued or fetched; nothing issued later may be used for a bid
 * @param windMeasurementHeightM height of {@link WeatherSample#windSpeedMps()}, m
 */
public record WeatherForecast(
    String source, Instant issuedAt, double windMeasurementHeightM, List<WeatherSample> samples) {
  public WeatherForecast {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(samples, "samples");
    if (!(windMeasurementHeightM > 0)) {
      throw new IllegalArgumentException("wind measurement height must be > 0 m, was " + windMeasurementHeightM);
    }
    samples = List.copyOf(samples);
    for (int i = 1; i < samples.size(); i++) {
      if (!samples.get(i).interval().start().equals(samples.get(i - 1).interval().end())) {
        throw new IllegalArgumentException("forecast samples must be contiguous and ordered; sample " + i
            + " starts at " + samples.get(i).interval().start() + " but the previous one ends at "
            + samples.get(i - 1).interval().end());
      }
    }
  }

  public Duration step() {
    return samples.isEmpty() ? Duration.ZERO : samples.get(0).interval().length();
  }
}
