package org.convergence.core.run;

import java.util.List;
import java.util.Objects;
import org.convergence.core.weather.WeatherForecast;

/**
 * A weather forecast with the story of how it was obtained: {@code notes} say why sources tried before the one that
 * served did not (empty when the first one served).
 */
public record SourcedWeather(WeatherForecast forecast, List<String> notes) {
  public SourcedWeather {
    Objects.requireNonNull(forecast, "forecast");
    notes = List.copyOf(notes);
  }
}
