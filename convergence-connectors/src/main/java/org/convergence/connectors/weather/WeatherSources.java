package org.convergence.connectors.weather;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.settings.WeatherSettings;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.weather.WeatherFallbackChain;
import org.convergence.core.weather.WeatherSource;

/**
 * Builds the weather {@link WeatherFallbackChain} that settings.yaml's {@code weather:} section describes:
 * {@code sources} in order ({@code metoffice}, {@code open-meteo}, {@code replay}); {@code met_office_api_key}
 * (normally {@code ${CONVERGENCE_METOFFICE_API_KEY:-}}: without it the Met Office source reports "no API key" and the
 * chain moves on); {@code replay_dir} (empty = the bundled recording); {@code wind_measurement_height_m} picks
 * Open-Meteo's 10 m or 100 m wind (the Met Office and the recording give 10 m only).
 */
public final class WeatherSources {
  /** Where the live services are; tests point these at a loopback server. */
  public record Endpoints(URI metOffice, URI openMeteo) {
    public static final Endpoints PUBLIC =
        new Endpoints(MetOfficeDataHubSource.DEFAULT_BASE_URI, OpenMeteoSource.DEFAULT_BASE_URI);

    public Endpoints {
      Objects.requireNonNull(metOffice, "metOffice");
      Objects.requireNonNull(openMeteo, "openMeteo");
    }
  }

  private WeatherSources() {}

  /** The chain against the public services. */
  public static WeatherFallbackChain chain(WeatherSettings settings, GeoLocation site) {
    return chain(settings, site, Endpoints.PUBLIC, HttpOptions.DEFAULT, Clock.systemUTC());
  }

  public static WeatherFallbackChain chain(WeatherSettings settings, GeoLocation site, Endpoints endpoints,
      HttpOptions http, Clock clock) {
    List<WeatherSource> sources = new ArrayList<>();
    for (String name : settings.sources()) {
      sources.add(switch (name) {
        case MetOfficeDataHubSource.NAME ->
            new MetOfficeDataHubSource(endpoints.metOffice(), settings.metOfficeApiKey(), site, http, clock);
        case OpenMeteoSource.NAME -> new OpenMeteoSource(endpoints.openMeteo(), site,
            openMeteoWindHeight(settings.windMeasurementHeightM()), http, clock);
        case MetOfficeSpotReplay.NAME -> replay(settings.replayDir()).atElevation(site.elevationM());
        default -> throw new IllegalArgumentException("unknown weather source '" + name + "', expected one of "
            + WeatherSettings.KNOWN);
      });
    }
    return new WeatherFallbackChain(sources, clock);
  }

  /** The recording in {@code replayDir} (a CSV file or a folder of them), or the bundled one when empty. */
  public static MetOfficeSpotReplay replay(String replayDir) {
    return replayDir == null || replayDir.isBlank() ? MetOfficeSpotReplay.bundled()
        : MetOfficeSpotReplay.load(Path.of(replayDir));
  }

  private static double openMeteoWindHeight(double configured) {
    if (configured != 10 && configured != 100) {
      throw new IllegalArgumentException("weather.wind_measurement_height_m must be 10 or 100 when open-meteo is a"
          + " source (Open-Meteo gives wind at those heights), was " + configured);
    }
    return configured;
  }
}
