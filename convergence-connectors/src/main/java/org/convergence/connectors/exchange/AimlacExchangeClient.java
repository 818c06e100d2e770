package org.convergence.connectors.exchange;

import org.convergence.connectors.http.BaseUri;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.http.HttpRetry;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.convergence.connectors.exchange.AimlacWire.WireException;
import org.convergence.connectors.exchange.AimlacWire.WireHeldOrder;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.ExchangeAuthenticationException;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Exchange} port over HTTP to any AIMLAC-compatible exchange (java.net.http + Jackson).
 *
 * <p>Failures: connect and request timeouts on every call, and the one retry policy of {@link HttpRetry}: GETs are
 * retried with exponential backoff after a connection failure, a timeout, a 429 (honouring Retry-After) or a 5xx
 * answer. A POST is never blindly repeated: it is re-sent as is only when the connection could not be made (nothing
 * was sent); after an unclear outcome (timeout, reset, 5xx, a 200 whose body is not the expected answer) the day is
 * read back with GET and only the orders the exchange does not hold are sent again. A 4xx answer (401/403: {@link
 * ExchangeAuthenticationException}) or a GET's malformed JSON is not retried: it is an {@link ExchangeException} naming the
 * endpoint and the status. The key appears in no log line and no exception.
 */
public final class AimlacExchangeClient implements Exchange {
  private static final Logger LOG = LoggerFactory.getLogger(AimlacExchangeClient.class);

  static final String SET = "/auction/bidding/set";
  static final String GET = "/auction/bidding/get";
  static final String CLEARING = "/auction/market/clearout-prices";
  static final String IMBALANCE = "/auction/market/imbalance";
  static final String SITE = "/sim/llanwrtyd-wells";
  static final String AVERAGE_POWER = "/sim/llanwrtyd-wells/30m-average-power";

  /**
   * Timeouts and retries; every call follows the one policy of {@link HttpRetry}.
   *
   * @param attempts tries per call (1 = no retry); for a POST, rounds of send -> read back -> send what is missing
   * @param firstBackoff wait before the second try; doubled before each further one, up to {@code maxBackoff}
   * @param maxBackoff cap on any wait, also on a server's Retry-After
   * @param lateArrivalWait after a POST abandoned at the request timeout, the wait before the day is read back, so
   *     that a POST still on its way lands first and the read-back sees it
   */
  public record Options(Duration connectTimeout, Duration requestTimeout, int attempts, Duration firstBackoff,
      Duration maxBackoff, Duration lateArrivalWait) {
    public Options {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(requestTimeout, "requestTimeout");
      Objects.requireNonNull(firstBackoff, "firstBackoff");
      Objects.requireNonNull(maxBackoff, "maxBackoff");
      Objects.requireNonNull(lateArrivalWait, "lateArrivalWait");
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
      }
    }

    /** Backoff capped at 30 s; a late POST is waited for 2 s. */
    public Options(Duration connectTimeout, Duration requestTimeout, int attempts, Duration firstBackoff) {
      this(connectTimeout, requestTimeout, attempts, firstBackoff, max(firstBackoff, Duration.ofSeconds(30)),
          Duration.ofSeconds(2));
    }

    /** 5 s to connect, 30 s per request, 4 tries, backoff 1 s, 2 s, 4 s (Retry-After up to 30 s). */
    public static Options defaults() {
      return new Options(Duration.ofSeconds(5), Duration.ofSeconds(30), 4, Duration.ofSeconds(1));
    }

    public Options withLateArrivalWait(Duration wait) {
      return new Options(connectTimeout, requestTimeout, attempts, firstBackoff, maxBackoff, wait);
    }

    HttpOptions http() {
      return new HttpOptions(connectTimeout, requestTimeout, attempts, firstBackoff, maxBackoff);
    }

    private static Duration max(Duration a, Duration b) {
      return a.compareTo(b) >= 0 ? a : b;
    }
  }

  private final URI base;
  private final String key;
  private final Options options;
  private final HttpClient http;
  private final HttpRetry getRetry;
  private final HttpRetry postRetry;

  public AimlacExchangeClient(URI baseUrl, String key, Options options) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    this.base = BaseUri.withoutTrailingSlash(baseUrl);
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("the exchange key is missing");
    }
    this.key = key;
    this.options = Objects.requireNonNull(options, "options");
    this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    this.getRetry = new HttpRetry(options.http(), HttpRetry.IDEMPOTENT);
    this.postRetry = new HttpRetry(options.http(), HttpRetry.NOTHING_SENT);
  }

  public AimlacExchangeClient(URI baseUrl, String key) {
    this(baseUrl, key, Options.defaults());
  }

  // ------------------------------------------------------------------ Exchange

  /**
   * Sends the orders. The POST is retried by {@link HttpRetry#NOTHING_SENT} only (a connection that could not be
   * made); after an unclear outcome (a timeout, a reset, a 5xx or a 200 whose body is not the expected answer) the
   * day is read back, after {@link Options#lateArrivalWait()} when the POST was abandoned at the timeout, and only
   * the orders the exchange does not hold are sent again, up to {@link Options#attempts()} rounds. The receipt's
   * message says what happened.
   */
  @Override
  public SubmissionReceipt submit(OrderSet orders) {
    if (orders.isEmpty()) {
      return new SubmissionReceipt(0, "");
    }
    List<Order> pending = orders.orders();
    List<String> notes = new ArrayList<>();
    String problem = "";
    for (int round = 1; round <= options.attempts(); round++) {
      if (round > 1) {
        sleep(options.http().backoffBefore(round));
      }
      List<Order> sending = pending;
      HttpRetry.Attempt a = runOrInterrupted("POST " + SET, () -> postRetry.run(n -> HttpRetry.attempt(n,
          () -> send(HttpRequest.newBuilder(base.resolve(SET)).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(AimlacWire.submitBody(key, sending))))),
          (failed, wait) -> LOG.warn("POST {}: cannot connect (attempt {} of {}): {}; nothing was sent", SET,
              failed.number(), options.attempts(), redact(HttpRetry.describe(failed)))));
      if (a.notSent()) {
        problem = redact(HttpRetry.describe(a));
        continue;
      }
      if (a.status() == 200) {
        Optional<SubmissionReceipt> receipt = receipt(a.response().orElseThrow().body());
        if (receipt.isPresent()) {
          SubmissionReceipt r = receipt.get();
          int alreadyHeld = orders.size() - pending.size();
          return alreadyHeld == 0 && notes.isEmpty() ? r : new SubmissionReceipt(alreadyHeld + r.accepted(),
              join(join(r.message(), String.join("; ", notes)), alreadyHeld == 0 ? ""
                  : alreadyHeld + " orders were already held after an unclear answer, " + pending.size()
                      + " sent again"));
        }
        problem = "HTTP 200 with an answer that is not {accepted, message}";
      } else if (a.response().isPresent() && a.status() < 500) {
        throw clientError("POST " + SET, a.status(), a.response().get().body());
      } else if (a.timedOut()) {
        problem = "no answer within " + options.requestTimeout().toMillis() + " ms";
        notes.add("a POST was abandoned after " + options.requestTimeout().toMillis() + " ms without an answer; the"
            + " day was read back " + options.lateArrivalWait().toMillis() + " ms later, so that it sees the POST"
            + " if it landed late");
        sleep(options.lateArrivalWait());
      } else {
        problem = redact(HttpRetry.describe(a));
      }
      LOG.warn("POST {}: unclear outcome (round {} of {}): {}; reading the day back", SET, round,
          options.attempts(), problem);
      pending = notHeld(orders);
      if (pending.isEmpty()) {
        return heldReceipt(orders, join("all " + orders.size() + " orders held after an unclear answer ("
            + problem + ")", String.join("; ", notes)));
      }
    }
    throw new ExchangeException("POST " + SET + ": no clear answer after " + options.attempts() + " attempts (last: "
        + redact(problem) + "); " + holdingNote(orders));
  }

  @Override
  public List<HeldOrder> heldOrders(MarketDay day) {
    JsonNode body = getJson(GET, query("key", key, "applying_date", day.date().toString()));
    if (body.isNull()) {
      throw new ExchangeAuthenticationException("GET " + GET + ": the exchange does not know the key (it answered "
          + "null)");
    }
    List<WireHeldOrder> wire = new ArrayList<>();
    try {
      for (JsonNode item : AimlacWire.items(body)) {
        wire.add(AimlacWire.heldOrder(item));
      }
    } catch (WireException e) {
      throw new ExchangeException("GET " + GET + ": unexpected answer: " + redact(e.getMessage()));
    }
    // one order per hour counts: the latest (highest order_id, else the last listed)
    Map<HourId, WireHeldOrder> latest = new TreeMap<>();
    for (WireHeldOrder w : wire) {
      if (!w.order().day().equals(day)) {
        continue;
      }
      WireHeldOrder seen = latest.get(w.order().hour());
      if (seen == null || !seen.orderId().isPresent() || !w.orderId().isPresent()
          || w.orderId().getAsLong() >= seen.orderId().getAsLong()) {
        latest.put(w.order().hour(), w);
      }
    }
    return latest.values().stream().map(w -> new HeldOrder(w.order(), w.accepted())).toList();
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return prices(CLEARING, from, to);
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return prices(IMBALANCE, from, to);
  }

  // ------------------------------------------------------------------ site readings

  /** The site's current reading ({@code GET /sim/llanwrtyd-wells}); powers converted to kW, demand positive. */
  public SiteReading siteReading() {
    JsonNode body = getJson(SITE, query());
    try {
      JsonNode elements = AimlacWire.field(body, "elements");
      Instant time = AimlacWire.instant(AimlacWire.field(body, "timedate"), "timedate");
      double windW = 0;
      double solarW = Double.NaN;
      double officeW = Double.NaN;
      double computingW = Double.NaN;
      double temperature = Double.NaN;
      int turbines = 0;
      for (Map.Entry<String, JsonNode> e : elements.properties()) {
        String name = e.getKey();
        double power = AimlacWire.number(AimlacWire.field(e.getValue(), "power"), name + " power");
        if (name.contains("Wind Generator")) {
          windW += power;
          turbines++;
        } else if (name.contains("Solar Generator")) {
          solarW = power;
        } else if (name.contains("Computing Centre")) {
          computingW = power;
        } else if (name.contains("HQ")) {
          officeW = power;
          if (e.getValue().hasNonNull("temperature")) {
            temperature = AimlacWire.number(e.getValue().get("temperature"), name + " temperature");
          }
        }
      }
      return new SiteReading(time, turbines == 0 ? Double.NaN : windW / 1000.0, solarW / 1000.0,
          -officeW / 1000.0, -computingW / 1000.0, temperature);
    } catch (WireException e) {
      throw new ExchangeException("GET " + SITE + ": unexpected answer: " + e.getMessage());
    }
  }

  /** The site's mean net power (W) over the half-hour starting at {@code start} (UTC). */
  public double averagePowerW(Instant start) {
    ZonedDateTime t = start.atZone(ZoneOffset.UTC);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("year", String.valueOf(t.getYear()));
    query.put("month", String.valueOf(t.getMonthValue()));
    query.put("day", String.valueOf(t.getDayOfMonth()));
    query.put("hour", String.valueOf(t.getHour()));
    query.put("minute", String.valueOf(t.getMinute()));
    JsonNode body = getJson(AVERAGE_POWER, query);
    try {
      return AimlacWire.number(AimlacWire.field(body, "average power"), "average power");
    } catch (WireException e) {
      throw new ExchangeException("GET " + AVERAGE_POWER + ": unexpected answer: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "AimlacExchangeClient[" + base + ", key=***]";
  }

  // ------------------------------------------------------------------ transport

  private List<HourPrice> prices(String endpoint, MarketDay from, MarketDay to) {
    if (to.compareTo(from) < 0) {
      return List.of();
    }
    // the exchange's end_date is exclusive
    JsonNode body = getJson(endpoint, query("start_date", from.date().toString(),
        "end_date", to.next().date().toString()));
    try {
      return AimlacWire.readPrices(body).stream()
          .filter(p -> p.day().compareTo(from) >= 0 && p.day().compareTo(to) <= 0)
          .sorted()
          .toList();
    } catch (WireException | IllegalArgumentException e) {
      throw new ExchangeException("GET " + endpoint + ": unexpected answer: " + e.getMessage());
    }
  }

  private List<Order> notHeld(OrderSet orders) {
    Map<HourId, Order> held = new TreeMap<>();
    List<HeldOrder> readBack;
    try {
      readBack = heldOrders(orders.day());
    } catch (ExchangeAuthenticationException e) {
      throw e;
    } catch (ExchangeException e) {
      throw new ExchangeException("POST " + SET + ": unclear outcome, and the orders of " + orders.day()
          + " could not be read back (" + e.getMessage() + "); not sent again");
    }
    for (HeldOrder h : readBack) {
      held.put(h.hour(), h.order());
    }
    List<Order> missing = new ArrayList<>();
    for (Order o : orders.orders()) {
      Order h = held.get(o.hour());
      if (h == null || !same(h, o)) {
        missing.add(o);
      }
    }
    return missing;
  }

  private String holdingNote(OrderSet orders) {
    try {
      return "the exchange holds " + (orders.size() - notHeld(orders).size()) + " of the " + orders.size()
          + " orders for " + orders.day();
    } catch (ExchangeException e) {
      return "what the exchange holds for " + orders.day() + " could not be read back";
    }
  }

  private static boolean same(Order a, Order b) {
    return a.side() == b.side() && a.hour().equals(b.hour()) && a.day().equals(b.day())
        && Math.abs(a.volumeMWh() - b.volumeMWh()) <= 1e-9 * Math.max(1, Math.abs(b.volumeMWh()))
        && Math.abs(a.limitPriceGbpPerMWh() - b.limitPriceGbpPerMWh())
            <= 1e-9 * Math.max(1, Math.abs(b.limitPriceGbpPerMWh()));
  }

  private static SubmissionReceipt heldReceipt(OrderSet orders, String message) {
    return new SubmissionReceipt(orders.size(), message);
  }

  private static String join(String a, String b) {
    return a == null || a.isBlank() ? b : a + " " + b;
  }

  /** The {accepted, message} answer, or empty when the body is not that (an unclear outcome). */
  private Optional<SubmissionReceipt> receipt(String body) {
    try {
      JsonNode n = AimlacWire.parse(body);
      int accepted = (int) AimlacWire.integer(AimlacWire.field(n, "accepted"), "accepted");
      JsonNode message = n.get("message");
      return Optional.of(new SubmissionReceipt(accepted, message == null || message.isNull() ? ""
          : message.asText()));
    } catch (WireException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** GET under the idempotent policy of {@link HttpRetry}; 4xx and malformed JSON are not retried. */
  private JsonNode getJson(String endpoint, Map<String, String> query) {
    URI uri = base.resolve(endpoint + queryString(query));
    String what = "GET " + endpoint;
    HttpRetry.Attempt a = runOrInterrupted(what, () -> getRetry.run(n -> HttpRetry.attempt(n,
        () -> send(HttpRequest.newBuilder(uri).GET())),
        (failed, wait) -> LOG.warn("{}: attempt {} of {} failed: {}", what, failed.number(), options.attempts(),
            redact(HttpRetry.describe(failed)))));
    if (HttpRetry.IDEMPOTENT.test(a)) {
      throw new ExchangeException(what + ": failed after " + options.attempts() + " attempts (last: "
          + redact(HttpRetry.describe(a)) + ")");
    }
    HttpResponse<String> response = a.response().orElseThrow();
    if (response.statusCode() != 200) {
      throw clientError(what, response.statusCode(), response.body());
    }
    try {
      return AimlacWire.parse(response.body());
    } catch (WireException e) {
      throw new ExchangeException(what + ": HTTP 200 with " + redact(e.getMessage()));
    }
  }

  private static HttpRetry.Attempt runOrInterrupted(String what, java.util.function.Supplier<HttpRetry.Attempt> call) {
    try {
      return call.get();
    } catch (HttpRetry.Interrupted e) {
      throw new ExchangeException(what + ": interrupted");
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.timeout(options.requestTimeout()).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private ExchangeException clientError(String what, int status, String body) {
    String detail = "";
    try {
      JsonNode n = AimlacWire.parse(body);
      if (n.hasNonNull("message")) {
        detail = ": " + n.get("message").asText();
      }
    } catch (WireException e) {
      // no JSON message to show
    }
    String message = what + ": HTTP " + status + redact(detail);
    return status == 401 || status == 403 ? new ExchangeAuthenticationException(message + " (is the key right?)")
        : new ExchangeException(message);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExchangeException("interrupted while waiting to retry");
    }
  }


  /** Removes the key (plain and URL-encoded) from text bound for a log or an exception. */
  private String redact(String text) {
    if (text == null) {
      return "";
    }
    String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8);
    return text.replace(key, "***").replace(encoded, "***");
  }

  /** Query parameters in the order given: name, value, name, value, ... */
  private static Map<String, String> query(String... namesAndValues) {
    Map<String, String> q = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      q.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return q;
  }

  private static String queryString(Map<String, String> query) {
    if (query.isEmpty()) {
      return "";
    }
    StringBuilder q = new StringBuilder("?");
    query.forEach((k, v) -> {
      if (q.length() > 1) {
        q.append('&');
      }
      q.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
    });
    return q.toString();
  }
}
