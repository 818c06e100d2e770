package org.convergence.connectors.elexon;

import org.convergence.connectors.http.BaseUri;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.http.JsonHttpClient;
import org.convergence.connectors.http.SourceException;
import org.convergence.core.time.SettlementPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elexon Insights (BMRS) API, no key:
 * <ul>
 *   <li>Market Index Data: {@code GET {base}/datasets/MID?from=D1&to=D2&settlementPeriodFrom=1
 *       &settlementPeriodTo=50&dataProviders=APXMIDP&format=json}. With the settlement-period parameters the API
 *       treats from/to as settlement dates (inclusive). The API serves at most 7 days per request, so a range is
 *       fetched in chunks of 7 settlement dates.
 *   <li>System prices: {@code GET {base}/balancing/settlement/system-prices/{settlementDate}?format=json}, one
 *       settlement date per request.
 * </ul>
 * Both answer {@code {"data": [...]}}; rows become {@link MarketIndexPrice} / {@link SystemPrice} on core
 * {@link SettlementPeriod}s, sorted by time, one per period.
 */
public final class ElexonClient {
  public static final URI DEFAULT_BASE_URI = URI.create("https://data.elexon.co.uk/bmrs/api/v1");
  public static final String APX = "APXMIDP";
  /** Settlement dates per MID request (the API's limit). */
  public static final int CHUNK_DAYS = 7;

  private static final Logger LOG = LoggerFactory.getLogger(ElexonClient.class);

  private final URI baseUri;
  private final JsonHttpClient http;

  public ElexonClient(URI baseUri, HttpOptions options) {
    this(baseUri, JsonHttpClient.create("Elexon Insights", options));
  }

  public ElexonClient(URI baseUri, JsonHttpClient http) {
    this.baseUri = BaseUri.withoutTrailingSlash(Objects.requireNonNull(baseUri, "baseUri"));
    this.http = Objects.requireNonNull(http, "http");
  }

  /** A date range [from, to] (settlement dates, inclusive) cut into chunks of at most {@code days} dates. */
  public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
      }
    }

    public long days() {
      return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public List<DateRange> chunks(int days) {
      List<DateRange> out = new ArrayList<>();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(days)) {
        LocalDate end = d.plusDays(days - 1L);
        out.add(new DateRange(d, end.isAfter(to) ? to : end));
      }
      return out;
    }

    @Override
    public String toString() {
      return from + ".." + to;
    }
  }

  /** APXMIDP market index prices of the settlement dates {@code from}..{@code to}. */
  public List<MarketIndexPrice> marketIndex(LocalDate from, LocalDate to) {
    return marketIndex(new DateRange(from, to), APX, chunk -> { });
  }

  /**
   * Market index prices of one provider for a range of settlement dates, fetched in 7-date chunks;
   * {@code progress} hears of each chunk when done.
   */
  public List<MarketIndexPrice> marketIndex(DateRange range, String provider, Consumer<ChunkResult> progress) {
    Map<SettlementPeriod, MarketIndexPrice> byPeriod = new LinkedHashMap<>();
    for (DateRange chunk : range.chunks(CHUNK_DAYS)) {
      URI uri = URI.create(baseUri + "/datasets/MID?from=" + chunk.from() + "&to=" + chunk.to()
          + "&settlementPeriodFrom=1&settlementPeriodTo=50&dataProviders=" + provider + "&format=json");
      JsonNode data = data(http.getJson(uri), uri);
      int rows = 0;
      for (JsonNode row : data) {
        String where = http.redact(uri) + " row " + rows;
        if (!provider.equals(row.path("dataProvider").asText(provider))) {
          continue;
        }
        SettlementPeriod sp = period(row, where);
        if (sp.settlementDate().isBefore(chunk.from()) || sp.settlementDate().isAfter(chunk.to())) {
          continue;
        }
        MarketIndexPrice p = new MarketIndexPrice(sp, instant(row, "startTime", where), provider,
            number(row, "price", where), number(row, "volume", where));
        MarketIndexPrice old = byPeriod.putIfAbsent(sp, p);
        if (old != null && !old.equals(p)) {
          LOG.warn("Elexon MID: two different rows for {} SP {}; keeping the first ({} GBP/MWh), not {}",
              sp.settlementDate(), sp.period(), old.priceGbpPerMWh(), p.priceGbpPerMWh());
        }
        rows++;
      }
      progress.accept(new ChunkResult("MID " + provider, chunk, rows));
    }
    return byPeriod.values().stream().sorted((a, b) -> a.startTime().compareTo(b.startTime())).toList();
  }

  /** System prices of the settlement dates {@code from}..{@code to}, one request per date. */
  public List<SystemPrice> systemPrices(DateRange range, Consumer<ChunkResult> progress) {
    Map<SettlementPeriod, SystemPrice> byPeriod = new LinkedHashMap<>();
    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
      URI uri = URI.create(baseUri + "/balancing/settlement/system-prices/" + d + "?format=json");
      JsonNode data = data(http.getJson(uri), uri);
      int rows = 0;
      for (JsonNode row : data) {
        String where = http.redact(uri) + " row " + rows;
        SettlementPeriod sp = period(row, where);
        JsonNode niv = row.get("netImbalanceVolume");
        byPeriod.putIfAbsent(sp, new SystemPrice(sp, instant(row, "startTime", where),
            number(row, "systemSellPrice", where), number(row, "systemBuyPrice", where),
            niv == null || niv.isNull() ? Double.NaN : number(row, "netImbalanceVolume", where)));
        rows++;
      }
      progress.accept(new ChunkResult("system prices", new DateRange(d, d), rows));
    }
    return byPeriod.values().stream().sorted((a, b) -> a.startTime().compareTo(b.startTime())).toList();
  }

  /** What one request brought. */
  public record ChunkResult(String dataset, DateRange dates, int rows) {}

  private JsonNode data(JsonNode root, URI uri) {
    JsonNode data = root.isArray() ? root : root.path("data");
    if (!data.isArray()) {
      throw new SourceException(http.source(), http.redact(uri), 200, "response has no 'data' array", null);
    }
    return data;
  }

  private SettlementPeriod period(JsonNode row, String where) {
    try {
      return new SettlementPeriod(LocalDate.parse(row.path("settlementDate").asText("")),
          (int) number(row, "settlementPeriod", where));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new SourceException(http.source(), where, 200, "bad settlement period: " + e.getMessage(), e);
    }
  }

  private Instant instant(JsonNode row, String field, String where) {
    try {
      return Instant.parse(row.path(field).asText(""));
    } catch (DateTimeParseException e) {
      throw new SourceException(http.source(), where, 200, field + " '" + row.path(field).asText()
          + "' is not an ISO instant", e);
    }
  }

  private double number(JsonNode row, String field, String where) {
    JsonNode n = row.get(field);
    if (n == null || !n.isNumber()) {
      throw new SourceException(http.source(), where, 200, field + " is missing or not a number: " + n, null);
    }
    return n.asDouble();
  }
}
