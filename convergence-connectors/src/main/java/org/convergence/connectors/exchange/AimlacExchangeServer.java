package org.convergence.connectors.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.convergence.connectors.aimlacsite.EnergyOnsiteRow;
import org.convergence.connectors.exchange.AimlacWire.WireException;
import org.convergence.core.exchange.ReceivedOrder;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.Side;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An AIMLAC-compatible exchange over HTTP (Javalin), backed by a {@link SimulatedExchange}. It answers like the
 * original Flask exchange, so existing AIMLAC clients work against it:
 *
 * <ul>
 *   <li>{@code POST /auction/bidding/set} {@code {key, orders:[{applying_date, hour_ID, type, volume, price}]}} ->
 *       {@code {"accepted": n, "message": "..."}}; numbers may be strings, dates ISO or HTTP dates. A key the
 *       exchange does not know -> 401 {@code {"accepted": 0, "message": "unknown key"}} (the original silently
 *       stored such orders; we refuse them). A malformed body or invalid order -> 400, nothing stored.
 *   <li>{@code GET /auction/bidding/get?key&applying_date[&hour_ID]} -> every order received for the day under the
 *       key, in the order received, as the original lists them (an hour sent twice appears twice; the latest, with
 *       the highest order_id, is the one that counts); another team's valid key sees its own orders ({@code []}
 *       when it has none):
 *       {@code [{order_id, key_id, timestamp, applying_date, hour_ID, type, volume, price, accepted}]} with HTTP
 *       dates and accepted 1, 0 or null (null until the hour's clearing price is known); a wrong key -> the JSON
 *       {@code null}, as the original answered.
 *   <li>{@code GET /auction/market/clearout-prices?start_date&end_date} and {@code .../imbalance} -> {@code
 *       [{date, period, price}]}: date = market day (HTTP date), period = hour_ID 1..24, start inclusive, end
 *       exclusive as in the original (end_date missing: just start_date's day).
 *   <li>{@code GET /sim/llanwrtyd-wells} -> {@code {elements: {name: {power, temperature?}}, timedate}}: the latest
 *       recorded site reading at or before the exchange's clock, powers in W as the original signed them (consumers
 *       negative), timedate the reading's time as an HTTP date.
 *   <li>{@code GET /sim/llanwrtyd-wells/30m-average-power?year&month&day&hour&minute} (UTC) -> {@code {"average
 *       power": W}}: the mean net power (generation positive) of the readings in the half-hour starting then, taken
 *       by the exchange's clock.
 *   <li>Site endpoints with nothing to show (no reading yet, a half-hour without readings or not yet begun) answer
 *       404 {@code {"message": "..."}}, never a made-up zero.
 * </ul>
 *
 * Binds where it is told ({@code 127.0.0.1} in tests). The key is never logged.
 */
public final class AimlacExchangeServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AimlacExchangeServer.class);

  private final SimulatedExchange exchange;
  private final RecordedSiteReadings readings;
  private final Javalin app;

  private AimlacExchangeServer(SimulatedExchange exchange, RecordedSiteReadings readings) {
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.readings = Objects.requireNonNull(readings, "readings");
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.post("/auction/bidding/set", this::set);
      config.routes.get("/auction/bidding/get", this::get);
      config.routes.get("/auction/market/clearout-prices", ctx -> prices(ctx, true));
      config.routes.get("/auction/market/imbalance", ctx -> prices(ctx, false));
      config.routes.get("/sim/llanwrtyd-wells", this::siteReading);
      config.routes.get("/sim/llanwrtyd-wells/30m-average-power", this::averagePower);
      config.routes.exception(BadRequest.class, (e, ctx) -> json(ctx, 400,
          ctx.path().startsWith("/sim/") ? message(e.getMessage()) : error(e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("exchange: internal error on {} {}", ctx.method(), ctx.path(), e);
        json(ctx, 500, error("internal error: " + e.getClass().getSimpleName()));
      });
    });
  }

  /** Starts serving on host:port (port 0 = any free port), with no site readings (the site endpoints answer 404). */
  public static AimlacExchangeServer start(SimulatedExchange exchange, String host, int port) {
    return start(exchange, RecordedSiteReadings.none(), host, port);
  }

  /** Starts serving on host:port (port 0 = any free port), replaying {@code readings} on the site endpoints. */
  public static AimlacExchangeServer start(SimulatedExchange exchange, RecordedSiteReadings readings, String host,
      int port) {
    AimlacExchangeServer server = new AimlacExchangeServer(exchange, readings);
    server.app.start(host, port);
    LOG.info("AIMLAC exchange listening on http://{}:{}", host, server.port());
    return server;
  }

  public int port() {
    return app.port();
  }

  public SimulatedExchange exchange() {
    return exchange;
  }

  public RecordedSiteReadings readings() {
    return readings;
  }

  @Override
  public void close() {
    app.stop();
  }

  private static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }

  private void set(Context ctx) {
    JsonNode body;
    try {
      body = AimlacWire.parse(ctx.body());
    } catch (WireException e) {
      throw new BadRequest("the body must be JSON {key, orders}: " + e.getMessage());
    }
    JsonNode keyNode = body.get("key");
    if (keyNode == null || !keyNode.isTextual()) {
      throw new BadRequest("the body needs a text 'key'");
    }
    if (!exchange.knows(keyNode.asText())) {
      LOG.warn("exchange: refused orders with an unknown key");
      json(ctx, 401, error("unknown key"));
      return;
    }
    JsonNode list = body.get("orders");
    if (list == null || !list.isArray()) {
      throw new BadRequest("the body needs a list 'orders'");
    }
    List<Order> orders = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int i = 0;
    for (JsonNode n : list) {
      try {
        JsonNode o = n.isTextual() ? AimlacWire.parse(n.asText()) : n;
        orders.add(order(o));
      } catch (WireException | IllegalArgumentException e) {
        problems.add("order " + i + ": " + e.getMessage());
      }
      i++;
    }
    if (!problems.isEmpty()) {
      throw new BadRequest("no order stored: " + String.join("; ", problems));
    }
    SubmissionReceipt receipt = exchange.submit(keyNode.asText(), orders);
    LOG.info("exchange: received {} orders, accepted {}", orders.size(), receipt.accepted());
    ObjectNode answer = AimlacWire.object();
    answer.put("accepted", receipt.accepted());
    answer.put("message", receipt.message());
    json(ctx, 200, answer);
  }

  private static Order order(JsonNode o) {
    LocalDate day = AimlacWire.date(AimlacWire.field(o, "applying_date"), "applying_date");
    long hour = AimlacWire.integer(AimlacWire.field(o, "hour_ID"), "hour_ID");
    if (hour < HourId.FIRST || hour > HourId.LAST) {
      throw new WireException("hour_ID must be between 1 and 24, was " + hour);
    }
    Side side = Side.parse(AimlacWire.field(o, "type").asText());
    return new Order(MarketDay.of(day), HourId.of((int) hour), side,
        AimlacWire.number(AimlacWire.field(o, "volume"), "volume"),
        AimlacWire.number(AimlacWire.field(o, "price"), "price"));
  }

  private void get(Context ctx) {
    String key = ctx.queryParam("key");
    MarketDay day = MarketDay.of(dateParam(ctx, "applying_date", true));
    if (!exchange.knows(key)) {
      ctx.status(200).contentType("application/json").result("null");
      return;
    }
    String hourText = ctx.queryParam("hour_ID");
    Integer onlyHour = null;
    if (hourText != null && !hourText.isBlank()) {
      try {
        onlyHour = Integer.parseInt(hourText.trim());
      } catch (NumberFormatException e) {
        throw new BadRequest("hour_ID must be a whole number, was '" + hourText + "'");
      }
    }
    int keyId = exchange.keyId(key);
    Map<HourId, Double> clearing = exchange.clearingByHour(day);
    ArrayNode list = AimlacWire.array();
    for (ReceivedOrder r : exchange.everyReceived(key, day)) {
      Order o = r.order();
      if (onlyHour != null && o.hour().value() != onlyHour) {
        continue;
      }
      ObjectNode n = list.addObject();
      n.put("order_id", r.orderId());
      n.put("key_id", keyId);
      n.put("timestamp", AimlacWire.httpDate(r.receivedAt()));
      n.put("applying_date", AimlacWire.httpDate(o.day().date()));
      n.put("hour_ID", o.hour().value());
      n.put("type", o.side().name());
      n.put("volume", o.volumeMWh());
      n.put("price", o.limitPriceGbpPerMWh());
      Double price = clearing.get(o.hour());
      if (price == null) {
        n.putNull("accepted");
      } else {
        n.put("accepted", o.fillsAt(price) ? 1 : 0);
      }
    }
    json(ctx, 200, list);
  }

  private void prices(Context ctx, boolean clearing) {
    LocalDate start = dateParam(ctx, "start_date", true);
    LocalDate end = dateParam(ctx, "end_date", false);
    MarketDay from = MarketDay.of(start);
    MarketDay to = end == null ? from : MarketDay.of(end).previous();
    List<HourPrice> prices = to.compareTo(from) < 0 ? List.of()
        : clearing ? exchange.clearingPrices(from, to) : exchange.imbalancePrices(from, to);
    json(ctx, 200, AimlacWire.pricesJson(prices));
  }

  private void siteReading(Context ctx) {
    Instant now = exchange.clock().instant();
    Optional<EnergyOnsiteRow> row = readings.latestAtOrBefore(now);
    if (row.isEmpty()) {
      json(ctx, 404, message("no site reading at or before the exchange's time " + AimlacWire.httpDate(now)
          + " (" + readings.source() + ": " + readings.describe() + ")"));
      return;
    }
    json(ctx, 200, AimlacWire.siteJson(row.get()));
  }

  private void averagePower(Context ctx) {
    Instant start;
    try {
      start = LocalDateTime.of(intParam(ctx, "year"), intParam(ctx, "month"), intParam(ctx, "day"),
          intParam(ctx, "hour"), intParam(ctx, "minute")).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new BadRequest("year, month, day, hour and minute must make a UTC time: " + e.getMessage());
    }
    Instant now = exchange.clock().instant();
    String halfHour = "the half-hour " + AimlacWire.httpDate(start) + " .. "
        + AimlacWire.httpDate(start.plus(RecordedSiteReadings.HALF_HOUR));
    if (start.isAfter(now)) {
      json(ctx, 404, message(halfHour + " has not begun at the exchange's time " + AimlacWire.httpDate(now)));
      return;
    }
    OptionalDouble average = readings.averagePowerW(start, now);
    if (average.isEmpty()) {
      json(ctx, 404, message("no site reading in " + halfHour + " (" + readings.source() + ": "
          + readings.describe() + ")"));
      return;
    }
    ObjectNode answer = AimlacWire.object();
    answer.put("average power", average.getAsDouble());
    json(ctx, 200, answer);
  }

  private static int intParam(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      throw new BadRequest("query parameter " + name + " (a whole number) is missing");
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " must be a whole number, was '" + text + "'");
    }
  }

  private static ObjectNode message(String text) {
    ObjectNode n = AimlacWire.object();
    n.put("message", text);
    return n;
  }

  private static LocalDate dateParam(Context ctx, String name, boolean required) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      if (required) {
        throw new BadRequest("query parameter " + name + " (YYYY-MM-DD) is missing");
      }
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a date YYYY-MM-DD, was '" + text + "'");
    }
  }

  private static ObjectNode error(String message) {
    ObjectNode n = AimlacWire.object();
    n.put("accepted", 0);
    n.put("message", message);
    return n;
  }

  private static void json(Context ctx, int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(AimlacWire.write(body));
  }
}
