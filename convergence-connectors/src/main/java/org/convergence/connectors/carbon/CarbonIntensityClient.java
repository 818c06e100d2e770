package org.convergence.connectors.carbon;

import org.convergence.connectors.http.BaseUri;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.http.JsonHttpClient;
import org.convergence.connectors.http.SourceException;
import org.convergence.core.carbon.CarbonIntensity;
import org.convergence.core.carbon.CarbonIntensitySource;
import org.convergence.core.time.Interval;

/**
 * GB carbon intensity from the National Grid ESO Carbon Intensity API (no key):
 * {@code GET {base}/intensity/{from}/{to}} with ISO 8601 times ({@code 2018-01-20T12:00Z}), answering
 * {@code {"data":[{"from","to","intensity":{"forecast","actual","index"}}]}} per half-hour (gCO2/kWh; actual is
 * null until known). Longer intervals are fetched in chunks of {@link #MAX_DAYS} days (the API's limit); the
 * half-hours returned are those overlapping the interval, one per start time.
 */
public final class CarbonIntensityClient implements CarbonIntensitySource {
  public static final URI DEFAULT_BASE_URI = URI.create("https://api.carbonintensity.org.uk");
  /** The longest range the API serves in one request. */
  public static final int MAX_DAYS = 14;

  private static final DateTimeFormatter MINUTE_Z =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

  private final URI baseUri;
  private final JsonHttpClient http;

  public CarbonIntensityClient(URI baseUri, HttpOptions options) {
    this(baseUri, JsonHttpClient.create("Carbon Intensity API", options));
  }

  public CarbonIntensityClient(URI baseUri, JsonHttpClient http) {
    this.baseUri = BaseUri.withoutTrailingSlash(Objects.requireNonNull(baseUri, "baseUri"));
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public List<CarbonIntensity> intensity(Interval interval) {
    Map<Instant, CarbonIntensity> byStart = new TreeMap<>();
    Duration chunk = Duration.ofDays(MAX_DAYS);
    for (Instant from = interval.start(); from.isBefore(interval.end()); from = from.plus(chunk)) {
      Instant to = from.plus(chunk).isAfter(interval.end()) ? interval.end() : from.plus(chunk);
      URI uri = URI.create(baseUri + "/intensity/" + MINUTE_Z.format(from) + "/" + MINUTE_Z.format(to));
      JsonNode root = http.getJson(uri);
      JsonNode data = root.path("data");
      if (!data.isArray()) {
        String error = root.path("error").path("message").asText("");
        throw new SourceException(http.source(), http.redact(uri), 200,
            error.isEmpty() ? "response has no 'data' array" : error, null);
      }
      for (JsonNode row : data) {
        CarbonIntensity c = parse(row, http.redact(uri));
        if (c.interval().end().isAfter(interval.start()) && c.interval().start().isBefore(interval.end())) {
          byStart.putIfAbsent(c.interval().start(), c);
        }
      }
    }
    return List.copyOf(byStart.values());
  }

  private CarbonIntensity parse(JsonNode row, String where) {
    try {
      Instant from = OffsetDateTime.parse(row.path("from").asText("")).toInstant();
      Instant to = OffsetDateTime.parse(row.path("to").asText("")).toInstant();
      JsonNode i = row.path("intensity");
      return new CarbonIntensity(new Interval(from, to), number(i.get("forecast")), number(i.get("actual")),
          i.path("index").asText(""));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new SourceException(http.source(), where, 200, "bad row " + row + ": " + e.getMessage(), e);
    }
  }

  private static double number(JsonNode n) {
    if (n == null || n.isNull()) {
      return Double.NaN;
    }
    if (!n.isNumber()) {
      throw new IllegalArgumentException("intensity " + n + " is not a number");
    }
    return n.asDouble();
  }
}
