package org.convergence.connectors.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A Java stand-in, written for our tests, that answers as the original AIMLAC bidding API (the Flask app of
 * mmesiti/aimlac-cc-api-auction, whose code is not copied here) does where a client would notice:
 *
 * <ul>
 *   <li>only {@code POST /auction/bidding/set} and {@code GET /auction/bidding/get}; every other path is a 404 HTML
 *       page (no {@code clearout-prices}, {@code imbalance} or {@code /sim});</li>
 *   <li>{@code set}: {@code {key, orders}}; an order is late when received at or after 09:00 (server time, UTC here)
 *       of the day before its applying date; the answer is {@code {"accepted": n, "message": "rejected k orders
 *       because of time limit;"}} (message empty when none was late); an unknown key is not refused: its orders are
 *       stored under no team; a malformed order is a 500;</li>
 *   <li>{@code get?key&applying_date[&hour_ID]}: every row of the day under the key, in the order stored, with
 *       {@code order_id, key_id, timestamp, applying_date, hour_ID, type, volume, price, accepted}; dates as HTTP
 *       dates; {@code accepted} 1/0 against the day's market index, {@code null} without one; an unknown key gets
 *       the JSON {@code null}, another team's valid key {@code []}.</li>
 * </ul>
 */
public final class OriginalAimlacExchangeFake implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
  private static final String PREFIX = "/auction/bidding";

  private record Row(long orderId, Integer keyId, LocalDateTime timestamp, LocalDate applyingDate, int hour,
      String type, double volume, double price) {}

  private final Clock clock;
  private final Map<String, Integer> keys = new HashMap<>();
  private final Map<String, Double> marketIndex = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final HttpServer server;
  private long nextId = 1;

  private OriginalAimlacExchangeFake(Clock clock, List<String> teamKeys) throws IOException {
    this.clock = clock;
    for (String k : teamKeys) {
      keys.put(k, keys.size() + 1);
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "original-exchange-fake");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts on 127.0.0.1 with these team keys, its clock giving each order's timestamp. */
  public static OriginalAimlacExchangeFake start(Clock clock, List<String> teamKeys) {
    try {
      return new OriginalAimlacExchangeFake(clock, teamKeys);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the original-exchange fake", e);
    }
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Sets the market index of an applying date's hour (the original's market_index table). */
  public synchronized void marketIndex(LocalDate date, int hour, double price) {
    marketIndex.put(date + "/" + hour, price);
  }

  /** Rows stored so far (all teams). */
  public synchronized int rowCount() {
    return rows.size();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      if (path.equals(PREFIX + "/set") && method.equals("POST")) {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
          body = in.readAllBytes();
        }
        answer(ex, set(body));
      } else if (path.equals(PREFIX + "/get") && method.equals("GET")) {
        answer(ex, get(query(ex.getRequestURI().getRawQuery())));
      } else {
        send(ex, 404, "text/html", "<!doctype html><title>404 Not Found</title><h1>Not Found</h1>");
      }
    }
  }

  private record Answer(int status, String body) {}

  private void answer(HttpExchange ex, Answer a) throws IOException {
    send(ex, a.status(), a.status() == 200 ? "application/json" : "text/html", a.body());
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private synchronized Answer set(byte[] body) {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    try {
      JsonNode in = JSON.readTree(body);
      Integer keyId = keys.get(in.get("key").asText());
      List<Row> accepted = new ArrayList<>();
      int total = 0;
      for (JsonNode o : in.get("orders")) {
        total++;
        String type = o.get("type").asText().toUpperCase(Locale.ROOT);
        int hour = Integer.parseInt(o.get("hour_ID").asText());
        if (!(type.equals("BUY") || type.equals("SELL")) || hour < 1 || hour > 24) {
          return new Answer(500, "<title>500 Internal Server Error</title>");
        }
        LocalDate applying = LocalDate.parse(o.get("applying_date").asText());
        if (now.isBefore(applying.minusDays(1).atTime(9, 0))) {
          accepted.add(new Row(0, keyId, now, applying, hour, type, o.get("volume").asDouble(),
              o.get("price").asDouble()));
        }
      }
      for (Row r : accepted) {
        rows.add(new Row(nextId++, r.keyId(), r.timestamp(), r.applyingDate(), r.hour(), r.type(), r.volume(),
            r.price()));
      }
      int rejected = total - accepted.size();
      ObjectNode out = JSON.createObjectNode();
      out.put("accepted", accepted.size());
      out.put("message", rejected == 0 ? "" : "rejected " + rejected + " orders because of time limit;");
      return new Answer(200, out.toString());
    } catch (IOException | RuntimeException e) {
      return new Answer(500, "<title>500 Internal Server Error</title>");
    }
  }

  private synchronized Answer get(Map<String, String> q) {
    Integer keyId = keys.get(q.get("key"));
    LocalDate date;
    try {
      date = LocalDate.parse(q.get("applying_date"));
    } catch (RuntimeException e) {
      return new Answer(500, "<title>500 Internal Server Error</title>");
    }
    if (keyId == null) {
      return new Answer(200, "null");
    }
    String hourFilter = q.get("hour_ID");
    ArrayNode list = JSON.createArrayNode();
    for (Row r : rows) {
      if (!keyId.equals(r.keyId()) || !r.applyingDate().equals(date)
          || (hourFilter != null && !hourFilter.equals(String.valueOf(r.hour())))) {
        continue;
      }
      ObjectNode n = list.addObject();
      n.put("order_id", r.orderId());
      n.put("key_id", r.keyId());
      n.put("timestamp", HTTP_DATE.format(r.timestamp()));
      n.put("applying_date", HTTP_DATE.format(r.applyingDate().atStartOfDay()));
      n.put("hour_ID", r.hour());
      n.put("type", r.type());
      n.put("volume", r.volume());
      n.put("price", r.price());
      Double index = marketIndex.get(r.applyingDate() + "/" + r.hour());
      if (index == null) {
        n.putNull("accepted");
      } else {
        boolean fills = r.type().equals("SELL") ? r.price() <= index : r.price() >= index;
        n.put("accepted", fills ? 1 : 0);
      }
    }
    return new Answer(200, list.toString());
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw == null) {
      return q;
    }
    for (String part : raw.split("&")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        q.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  /** The instant of an applying date's 09:00 the day before, UTC: the original's gate. */
  public static Instant gate(LocalDate applying) {
    return applying.minusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
