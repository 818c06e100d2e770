package org.convergence.connectors.weather;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Met Office Weather DataHub, site-specific hourly point forecast:
 * {@code GET {base}/point/hourly?latitude&longitude&excludeParameterMetadata=true&includeLocationName=true} with the
 * key in the {@code apikey} header (never in the URL). The answer is GeoJSON whose
 * {@code features[0].properties.timeSeries} holds the hourly steps with the same names and units as
 * {@code metoffice_spot.csv} (read into {@link MetOfficeSpotRow}); {@code modelRunDate} is the issue time. It is a
 * live service: it gives the current forecast (about 48 hours ahead), so it serves only an as-of time close to now
 * and a market day within that horizon.
 */
public final class MetOfficeDataHubSource implements WeatherSource {
  public static final String NAME = "metoffice";
  public static final URI DEFAULT_BASE_URI = URI.create("https://data.hub.api.metoffice.gov.uk/sitespecific/v0");
  public static final String KEY_VARIABLE = "CONVERGENCE_METOFFICE_API_KEY";
  /** How far the as-of time may lie before now for a live fetch to stand for it. */
  public static final Duration LIVE_TOLERANCE = Duration.ofMinutes(30);

  private final URI baseUri;
  private final String apiKey;
  private final GeoLocation location;
  private final JsonHttpClient http;
  private final Clock clock;

  public MetOfficeDataHubSource(URI baseUri, String apiKey, GeoLocation location, HttpOptions options, Clock clock) {
    this(baseUri, apiKey, location, JsonHttpClient.create("Met Office DataHub", options), clock);
  }

  MetOfficeDataHubSource(URI baseUri, String apiKey, GeoLocation location, JsonHttpClient http, Clock clock) {
    this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
    this.apiKey = apiKey == null ? "" : apiKey.trim();
    this.location = Objects.requireNonNull(location, "location");
    this.http = http.withSecret(this.apiKey);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return NAME;
  }

  public boolean hasKey() {
    return !apiKey.isEmpty();
  }

  /** The current hourly forecast as published, with its issue time. */
  public record Fetched(Instant modelRunDate, List<MetOfficeSpotRow> rows) {}

  /** Fetches the current hourly forecast for the site. */
  public Fetched fetch() {
    if (!hasKey()) {
      throw new WeatherUnavailableException("no Met Office DataHub API key (set " + KEY_VARIABLE + ")");
    }
    URI uri = URI.create(baseUri + "/point/hourly?latitude=" + String.format(Locale.ROOT, "%.4f",
        location.latitudeDeg()) + "&longitude=" + String.format(Locale.ROOT, "%.4f", location.longitudeDeg())
        + "&excludeParameterMetadata=true&includeLocationName=true");
    JsonNode root;
    try {
      root = http.getJson(uri, Map.of("apikey", apiKey));
    } catch (SourceException e) {
      throw new WeatherUnavailableException(e.getMessage(), e);
    }
    return parse(root, http.redact(uri));
  }

  static Fetched parse(JsonNode root, String where) {
    JsonNode features = root.path("features");
    if (!features.isArray() || features.isEmpty()) {
      throw new WeatherUnavailableException("Met Office DataHub: response has no features (" + where + ")");
    }
    JsonNode props = features.get(0).path("properties");
    JsonNode series = props.path("timeSeries");
    if (!series.isArray() || series.isEmpty()) {
      throw new WeatherUnavailableException("Met Office DataHub: response has an empty timeSeries (" + where + ")");
    }
    Instant run = instant(props.path("modelRunDate").asText(""), "modelRunDate", where);
    List<MetOfficeSpotRow> rows = new ArrayList<>(series.size());
    for (JsonNode step : series) {
      String at = where + " timeSeries " + step.path("time").asText("?");
      Instant time = instant(step.path("time").asText(""), "time", where);
      double code = Json.number(step, "significantWeatherCode", at);
      rows.add(new MetOfficeSpotRow(time,
          Json.number(step, "windDirectionFrom10m", at),
          Json.number(step, "visibility", at),
          Json.number(step, "mslp", at),
          Json.number(step, "uvIndex", at),
          Double.isNaN(code) ? MetOfficeSpotRow.MISSING_CODE : (int) code,
          Json.number(step, "precipitationRate", at),
          Json.number(step, "totalPrecipAmount", at),
          Json.number(step, "totalSnowAmount", at),
          Json.number(step, "probOfPrecipitation", at),
          Json.number(step, "screenRelativeHumidity", at),
          Json.number(step, "windGustSpeed10m", at),
          Json.number(step, "max10mWindGust", at),
          Json.number(step, "windSpeed10m", at),
          Json.number(step, "screenTemperature", at),
          Json.number(step, "maxScreenAirTemp", at),
          Json.number(step, "minScreenAirTemp", at),
          Json.number(step, "screenDewPointTemperature", at),
          Json.number(step, "feelsLikeTemperature", at)));
    }
    return new Fetched(run, rows);
  }

  private static Instant instant(String text, String field, String where) {
    try {
      // the service writes minutes without seconds, e.g. 2022-02-16T00:00Z
      return java.time.OffsetDateTime.parse(text, java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new WeatherUnavailableException("Met Office DataHub: " + field + " '" + text
          + "' is not an ISO date-time (" + where + ")");
    }
  }

  @Override
  public WeatherForecast forecast(MarketDay day, Instant asOf) {
    LiveSources.requireNearNow(NAME, asOf, clock, LIVE_TOLERANCE);
    Fetched f = fetch();
    if (f.modelRunDate().isAfter(asOf)) {
      throw new WeatherUnavailableException("Met Office forecast was issued at " + f.modelRunDate()
          + ", after the as-of time " + asOf);
    }
    List<HourlyWeather> hourly = f.rows().stream().map(r -> r.toHourly(location.elevationM())).toList();
    return HalfHourResampler.forecast(NAME, f.modelRunDate(), MetOfficeSpotReplay.WIND_HEIGHT_M, day, hourly);
  }
}
