package org.convergence.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of a local exchange that can be made to misbehave: answer 503 to the order
 * submissions of a day, or pass on only the first N orders of each submission (so the exchange holds fewer than
 * planned).
 */
final class ExchangeProxy implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI target;
  private final HttpServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  /** Market day (ISO) -> how many more submissions for it fail with 503. */
  final Map<String, AtomicInteger> failSubmissions = new ConcurrentHashMap<>();
  /** Orders passed on per submission; negative = all. */
  final AtomicInteger passOrders = new AtomicInteger(-1);

  ExchangeProxy(URI target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void failSubmissionsOf(String isoDay, int times) {
    failSubmissions.put(isoDay, new AtomicInteger(times));
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      byte[] body = ex.getRequestBody().readAllBytes();
      if (ex.getRequestMethod().equals("POST") && ex.getRequestURI().getPath().equals("/auction/bidding/set")) {
        JsonNode n = JSON.readTree(body);
        JsonNode orders = n.get("orders");
        String day = orders != null && orders.size() > 0 ? orders.get(0).path("applying_date").asText() : "";
        AtomicInteger fails = failSubmissions.get(day);
        if (fails != null && fails.getAndDecrement() > 0) {
          reply(ex, 503, "{\"message\": \"made to fail\"}".getBytes(StandardCharsets.UTF_8));
          return;
        }
        int pass = passOrders.get();
        if (pass >= 0 && orders instanceof ArrayNode all && all.size() > pass) {
          ArrayNode kept = JSON.createArrayNode();
          for (int i = 0; i < pass; i++) {
            kept.add(all.get(i));
          }
          ((ObjectNode) n).set("orders", kept);
          body = JSON.writeValueAsBytes(n);
        }
      }
      HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(ex.getRequestURI().toString()));
      String contentType = ex.getRequestHeaders().getFirst("Content-Type");
      if (contentType != null) {
        forward.header("Content-Type", contentType);
      }
      forward.method(ex.getRequestMethod(), body.length == 0 && ex.getRequestMethod().equals("GET")
          ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      HttpResponse<byte[]> r = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      r.headers().firstValue("Content-Type").ifPresent(v -> ex.getResponseHeaders().set("Content-Type", v));
      reply(ex, r.statusCode(), r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply(ex, 502, new byte[0]);
    } catch (RuntimeException | IOException e) {
      reply(ex, 502, String.valueOf(e).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      ex.getResponseBody().write(body);
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
