package org.convergence.connectors.weather;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.http.JsonHttpClient;
import org.convergence.connectors.http.SourceException;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSource;
import org.convergence.core.weather.WeatherUnavailableException;

/**
 * Open-Meteo forecast API (no key): {@code GET {base}/v1/forecast?latitude&longitude&hourly=...&wind_speed_unit=ms
 * &timezone=GMT&start_date=D-1&end_date=D}. Hourly variables: temperature_2m (C), wind_speed_10m and
 * wind_speed_100m (m/s), shortwave_radiation (GHI), direct_normal_irradiance (DNI), diffuse_radiation (DHI) (W/m2,
 * each the mean of the preceding hour), cloud_cover (%), surface_pressure (hPa). Times are UTC ("GMT") without a
 * zone suffix. The response carries no model run time, so a forecast is stamped as issued when fetched; like every
 * live service it serves only an as-of time close to now.
 */
public final class OpenMeteoSource implements WeatherSource {
  public static final String NAME = "open-meteo";
  public static final URI DEFAULT_BASE_URI = URI.create("https://api.open-meteo.com");
  public static final List<String> HOURLY = List.of("temperature_2m", "wind_speed_10m", "wind_speed_100m",
      "shortwave_radiation", "direct_normal_irradiance", "diffuse_radiation", "cloud_cover", "surface_pressure");

  private final URI baseUri;
  private final GeoLocation location;
  private final double windHeightM;
  private final JsonHttpClient http;
  private final Clock clock;

  /**
   * @param windHeightM which of the two wind speeds the forecast carries: 10 or 100 (m)
   */
  public OpenMeteoSource(URI baseUri, GeoLocation location, double windHeightM, HttpOptions options, Clock clock) {
    this(baseUri, location, windHeightM, JsonHttpClient.create("Open-Meteo", options), clock);
  }

  OpenMeteoSource(URI baseUri, GeoLocation location, double windHeightM, JsonHttpClient http, Clock clock) {
    if (windHeightM != 10 && windHeightM != 100) {
      throw new IllegalArgumentException("Open-Meteo gives wind at 10 m or 100 m, not " + windHeightM + " m");
    }
    this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
    this.location = Objects.requireNonNull(location, "location");
    this.windHeightM = windHeightM;
    this.http = Objects.requireNonNull(http, "http");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return NAME;
  }

  /** One hourly step as Open-Meteo publishes it; NaN = null in the response. */
  public record Hour(Instant time, double temperature2mC, double windSpeed10mMps, double windSpeed100mMps,
      double shortwaveRadiationWm2, double directNormalIrradianceWm2, double diffuseRadiationWm2,
      double cloudCoverPct, double surfacePressureHpa) {
    HourlyWeather toHourly(double windHeightM) {
      return new HourlyWeather(time, temperature2mC, windHeightM == 100 ? windSpeed100mMps : windSpeed10mMps,
          surfacePressureHpa, cloudCoverPct, shortwaveRadiationWm2, directNormalIrradianceWm2, diffuseRadiationWm2);
    }
  }

  /** Fetches the hourly steps of the UTC dates {@code from}..{@code to} (inclusive). */
  public List<Hour> fetch(LocalDate from, LocalDate to) {
    URI uri = URI.create(baseUri + "/v1/forecast?latitude=" + String.format(Locale.ROOT, "%.4f",
        location.latitudeDeg()) + "&longitude=" + String.format(Locale.ROOT, "%.4f", location.longitudeDeg())
        + "&hourly=" + String.join(",", HOURLY) + "&wind_speed_unit=ms&timezone=GMT&start_date=" + from
        + "&end_date=" + to);
    JsonNode root;
    try {
      root = http.getJson(uri, Map.of());
    } catch (SourceException e) {
      throw new WeatherUnavailableException(e.getMessage(), e);
    }
    return parse(root, http.redact(uri));
  }

  static List<Hour> parse(JsonNode root, String where) {
    if (root.path("error").asBoolean(false)) {
      throw new WeatherUnavailableException("Open-Meteo: " + root.path("reason").asText("error") + " (" + where + ")");
    }
    if (root.path("utc_offset_seconds").asInt(0) != 0) {
      throw new WeatherUnavailableException("Open-Meteo: times are not UTC (utc_offset_seconds="
          + root.path("utc_offset_seconds").asInt() + ") (" + where + ")");
    }
    JsonNode hourly = root.path("hourly");
    JsonNode times = hourly.path("time");
    if (!times.isArray() || times.isEmpty()) {
      throw new WeatherUnavailableException("Open-Meteo: response has no hourly times (" + where + ")");
    }
    JsonNode units = root.path("hourly_units");
    for (String speed : List.of("wind_speed_10m", "wind_speed_100m")) {
      String unit = units.path(speed).asText("m/s");
      if (!unit.equals("m/s")) {
        throw new WeatherUnavailableException("Open-Meteo: " + speed + " is in " + unit + ", expected m/s ("
            + where + ")");
      }
    }
    List<Hour> out = new ArrayList<>(times.size());
    for (int i = 0; i < times.size(); i++) {
      Instant t;
      try {
        t = LocalDateTime.parse(times.get(i).asText()).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new WeatherUnavailableException("Open-Meteo: hourly.time[" + i + "] '" + times.get(i).asText()
            + "' is not an ISO local date-time (" + where + ")");
      }
      out.add(new Hour(t,
          Json.numberAt(hourly.get("temperature_2m"), i, "temperature_2m"),
          Json.numberAt(hourly.get("wind_speed_10m"), i, "wind_speed_10m"),
          Json.numberAt(hourly.get("wind_speed_100m"), i, "wind_speed_100m"),
          Json.numberAt(hourly.get("shortwave_radiation"), i, "shortwave_radiation"),
          Json.numberAt(hourly.get("direct_normal_irradiance"), i, "direct_normal_irradiance"),
          Json.numberAt(hourly.get("diffuse_radiation"), i, "diffuse_radiation"),
          Json.numberAt(hourly.get("cloud_cover"), i, "cloud_cover"),
          Json.numberAt(hourly.get("surface_pressure"), i, "surface_pressure")));
    }
    return out;
  }

  @Override
  public WeatherForecast forecast(MarketDay day, Instant asOf) {
    LiveSources.requireNearNow(NAME, asOf, clock, MetOfficeDataHubSource.LIVE_TOLERANCE);
    Instant fetchedAt = clock.instant();
    List<Hour> hours = fetch(day.date().minusDays(1), day.date());
    List<HourlyWeather> hourly = hours.stream().map(h -> h.toHourly(windHeightM)).toList();
    return HalfHourResampler.forecast(NAME, fetchedAt, windHeightM, day, hourly);
  }
}
