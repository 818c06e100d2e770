package org.convergence.connectors.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.Side;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * The AIMLAC exchange's JSON, both ways. We write what the original (Flask) exchange wrote: dates as HTTP dates
 * ({@code "Tue, 15 Mar 2022 00:00:00 GMT"}), {@code accepted} as 1, 0 or null. We read leniently what any AIMLAC
 * exchange may send: dates as HTTP dates or ISO-8601, numbers as JSON numbers or numeric strings, {@code accepted}
 * as 1/0/true/false/null, list items as objects or as JSON-encoded strings of objects, and extra fields (such as
 * {@code order_id}, {@code key_id}) ignored or used when useful.
 */
public final class AimlacWire {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Flask's date format: two-digit day of month, English names, always GMT. */
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private AimlacWire() {}

  /** A problem with the JSON of one answer: the caller adds the endpoint and status. */
  static final class WireException extends RuntimeException {
    WireException(String message) {
      super(message);
    }
  }

  /** One held order as read from {@code /auction/bidding/get}. */
  record WireHeldOrder(OptionalLong orderId, Order order, Optional<Boolean> accepted) {}

  // ---------------------------------------------------------------- writing

  static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  static String httpDate(LocalDate date) {
    return HTTP_DATE.format(date.atStartOfDay(ZoneOffset.UTC));
  }

  /** The POST body of {@code /auction/bidding/set}: ISO dates, numbers as numbers. */
  static String submitBody(String key, List<Order> orders) {
    ObjectNode body = NODES.objectNode();
    body.put("key", key);
    ArrayNode list = body.putArray("orders");
    for (Order o : orders) {
      ObjectNode n = list.addObject();
      n.put("applying_date", o.day().date().toString());
      n.put("hour_ID", o.hour().value());
      n.put("type", o.side().name());
      n.put("volume", o.volumeMWh());
      n.put("price", o.limitPriceGbpPerMWh());
    }
    return write(body);
  }

  static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static ArrayNode pricesJson(List<HourPrice> prices) {
    ArrayNode list = array();
    for (HourPrice p : prices) {
      ObjectNode n = list.addObject();
      n.put("date", httpDate(p.day().date()));
      n.put("period", p.hour().value());
      n.put("price", p.priceGbpPerMWh());
    }
    return list;
  }

  /** The site's element names, as the original exchange named them. */
  static final String OFFICE = "AIMLAC HQ Llanwrtyd Wells";
  static final String COMPUTING_CENTRE = "Llanwrtyd Wells - Computing Centre";
  static final String SOLAR = "Llanwrtyd Wells - Solar Generator";
  /** Followed by the turbine's name: 1, 2, 3, 4, A, B. */
  static final String WIND_PREFIX = "Llanwrtyd Wells - Wind Generator ";

  /**
   * {@code GET /sim/llanwrtyd-wells}'s answer for one recorded reading: {@code {elements: {name: {power (W),
   * temperature?}}, timedate}}, powers signed as the original wrote them (consumers negative), timedate the reading's
   * time as an HTTP date. An element whose power was not recorded is left out; so is a missing temperature.
   */
  static ObjectNode siteJson(org.convergence.connectors.aimlacsite.EnergyOnsiteRow row) {
    ObjectNode body = object();
    ObjectNode elements = body.putObject("elements");
    if (Double.isFinite(row.hqPowerW())) {
      ObjectNode office = elements.putObject(OFFICE);
      office.put("power", row.hqPowerW());
      if (Double.isFinite(row.hqTemperatureC())) {
        office.put("temperature", row.hqTemperatureC());
      }
    }
    putPower(elements, COMPUTING_CENTRE, row.computingCentreW());
    putPower(elements, SOLAR, row.solarW());
    row.turbinesW().forEach((column, w) -> putPower(elements, WIND_PREFIX + column.substring("wind".length()), w));
    body.put("timedate", httpDate(row.time()));
    return body;
  }

  private static void putPower(ObjectNode elements, String name, double powerW) {
    if (Double.isFinite(powerW)) {
      elements.putObject(name).put("power", powerW);
    }
  }

  // ---------------------------------------------------------------- reading

  static JsonNode parse(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new WireException("an empty body where JSON was expected");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new WireException("malformed JSON (" + e.getOriginalMessage() + ")");
    }
  }

  /** The items of a JSON array; an item that is a string is parsed as JSON (some exchanges double-encode). */
  static List<JsonNode> items(JsonNode node) {
    if (!node.isArray()) {
      throw new WireException("expected a JSON list, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    List<JsonNode> out = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      JsonNode obj = item.isTextual() ? parse(item.asText()) : item;
      if (!obj.isObject()) {
        throw new WireException("expected list items to be objects, got " + obj);
      }
      out.add(obj);
    }
    return out;
  }

  static WireHeldOrder heldOrder(JsonNode n) {
    MarketDay day = MarketDay.of(date(field(n, "applying_date"), "applying_date"));
    int hour = (int) integer(field(n, "hour_ID"), "hour_ID");
    Side side;
    try {
      side = Side.parse(field(n, "type").asText());
    } catch (IllegalArgumentException e) {
      throw new WireException(e.getMessage());
    }
    double volume = number(field(n, "volume"), "volume");
    double price = number(field(n, "price"), "price");
    Order order;
    try {
      order = new Order(day, HourId.of(hour), side, volume, price);
    } catch (IllegalArgumentException e) {
      throw new WireException("an order the exchange holds is not valid: " + e.getMessage());
    }
    OptionalLong id = n.hasNonNull("order_id") ? OptionalLong.of(integer(n.get("order_id"), "order_id"))
        : OptionalLong.empty();
    return new WireHeldOrder(id, order, accepted(n.get("accepted")));
  }

  static Optional<Boolean> accepted(JsonNode n) {
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (n.isBoolean()) {
      return Optional.of(n.booleanValue());
    }
    String t = n.asText().trim();
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "1", "1.0", "true" -> Optional.of(true);
      case "0", "0.0", "false" -> Optional.of(false);
      case "", "null", "none" -> Optional.empty();
      default -> throw new WireException("accepted must be 1, 0 or null, was " + n);
    };
  }

  static JsonNode field(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw new WireException("an item lacks " + name + ": " + n);
    }
    return v;
  }

  static double number(JsonNode n, String name) {
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isTextual()) {
      try {
        double v = Double.parseDouble(n.asText().trim());
        if (Double.isFinite(v)) {
          return v;
        }
      } catch (NumberFormatException e) {
        // below
      }
    }
    throw new WireException(name + " must be a number, was " + n);
  }

  static long integer(JsonNode n, String name) {
    double v = number(n, name);
    if (v != Math.rint(v)) {
      throw new WireException(name + " must be a whole number, was " + n);
    }
    return (long) v;
  }

  /** A date as ISO ({@code 2022-03-15}, {@code 2022-03-15T00:00:00}) or HTTP date; the time of day must be 0. */
  static LocalDate date(JsonNode n, String name) {
    Instant instant = instant(n, name);
    LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    if (!t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      throw new WireException(name + " must be a date, was " + n);
    }
    return t.toLocalDate();
  }

  /** A time as an HTTP date ({@code Fri, 21 Jan 2022 19:29:22 GMT}) or ISO-8601 (UTC when it has no offset). */
  static Instant instant(JsonNode n, String name) {
    if (!n.isTextual()) {
      throw new WireException(name + " must be a date text, was " + n);
    }
    String t = n.asText().trim();
    try {
      if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
        return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      }
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return java.time.OffsetDateTime.parse(t).toInstant();
      }
      return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new WireException(name + " '" + t + "' is neither an HTTP date nor ISO-8601");
    }
  }

  /**
   * Prices from {@code clearout-prices} or {@code imbalance}: items {@code {date, period, price}}, where period is
   * the hour_ID 1..24 of the market day {@code date}. A day given in half-hourly periods (any period above 24, as
   * the original exchange's imbalance table held them) is averaged into hours: periods 2h-1 and 2h make hour h.
   */
  static List<HourPrice> readPrices(JsonNode body) {
    record Item(LocalDate date, int period, double price) {}
    List<Item> raw = new ArrayList<>();
    java.util.Set<LocalDate> halfHourlyDays = new java.util.HashSet<>();
    for (JsonNode n : items(body)) {
      Item item = new Item(date(field(n, "date"), "date"), (int) integer(field(n, "period"), "period"),
          number(field(n, "price"), "price"));
      if (item.period() < 1 || item.period() > 50) {
        throw new WireException("period must be 1..24 (or 1..50 for half-hours), was " + item.period());
      }
      if (item.period() > 24) {
        halfHourlyDays.add(item.date());
      }
      raw.add(item);
    }
    java.util.Map<MarketDay, java.util.Map<Integer, double[]>> byDay = new java.util.TreeMap<>();
    for (Item item : raw) {
      int hour = halfHourlyDays.contains(item.date()) ? (item.period() + 1) / 2 : item.period();
      if (hour > 24) {
        continue; // periods 49, 50 of a clock-change day have no AIMLAC hour in the original's scheme
      }
      double[] sumCount = byDay.computeIfAbsent(MarketDay.of(item.date()), d -> new java.util.TreeMap<>())
          .computeIfAbsent(hour, h -> new double[2]);
      sumCount[0] += item.price();
      sumCount[1] += 1;
    }
    List<HourPrice> out = new ArrayList<>();
    byDay.forEach((day, hours) -> hours.forEach(
        (h, sc) -> out.add(new HourPrice(day, HourId.of(h), sc[0] / sc[1]))));
    return out;
  }
}
