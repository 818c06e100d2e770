package org.convergence.connectors.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.convergence.connectors.exchange.LoopbackFaultProxy.Fault;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.http.JsonHttpClient;
import org.convergence.connectors.http.RecordedServer;
import org.convergence.connectors.http.RecordedServer.Response;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/**
 * Every fault of the HTTP clients at once, with every log line and every message captured: exception messages with
 * their causes and suppressed exceptions, and receipts' messages. None may show a key, plain or URL-encoded.
 */
class SecretsNeverShownTest {
  static final String KEY = "k3y/with+odd&chars=secret-1f0a";
  static final String API_KEY = "datahub-api-key-secret-77c2";
  static final String QUERY_KEY = "query-key-secret-5d19";
  static final MarketDay DAY = MarketDay.of(2022, 3, 15);

  private final List<String> messages = new ArrayList<>();

  private void capture(Supplier<?> call) {
    try {
      Object result = call.get();
      messages.add(String.valueOf(result));
    } catch (RuntimeException e) {
      collect(e);
    }
  }

  private void collect(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.add(t.toString());
      for (Throwable s : t.getSuppressed()) {
        collect(s);
      }
    }
  }

  private static OrderSet orders() {
    List<Order> list = new ArrayList<>();
    for (HourId h : HourId.all()) {
      list.add(new Order(DAY, h, Side.SELL, 0.1, 40 + h.value()));
    }
    return new OrderSet(DAY, list);
  }

  @Test
  void noFaultShowsAKeyInALogLineOrAMessage() throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    PrintStream stdout = System.out;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
    AimlacExchangeClient.Options quick = new AimlacExchangeClient.Options(Duration.ofMillis(300),
        Duration.ofMillis(300), 2, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(50));
    try (LoopbackExchange exchange = LoopbackExchange.start(DAY.gateClosure().minus(Duration.ofHours(1)),
            InMemoryPriceHistory.empty(), List.of(KEY));
        LoopbackFaultProxy proxy = LoopbackFaultProxy.to(exchange.baseUri());
        OriginalAimlacExchangeFake original = OriginalAimlacExchangeFake.start(
            Clock.fixed(DAY.gateClosure().minus(Duration.ofHours(1)), ZoneOffset.UTC), List.of("another-team"));
        RecordedServer server = RecordedServer.start()) {
      AimlacExchangeClient client = new AimlacExchangeClient(proxy.baseUri(), KEY, quick);
      proxy.next("POST", AimlacExchangeClient.SET, Fault.forwardThenAnswer(500, "{\"message\":\"" + KEY + "\"}"));
      capture(() -> client.submit(orders()));
      proxy.next("POST", AimlacExchangeClient.SET, Fault.forwardThenAnswer(200, "garbled " + KEY));
      capture(() -> client.submit(orders()));
      proxy.next("POST", AimlacExchangeClient.SET, Fault.delayThenForward(Duration.ofMillis(400)));
      capture(() -> client.submit(orders()));
      proxy.next("POST", AimlacExchangeClient.SET, Fault.answer(401, "{\"message\":\"unknown key " + KEY + "\"}"));
      capture(() -> client.submit(orders()));
      proxy.next("GET", AimlacExchangeClient.GET, Fault.answer(503, KEY));
      proxy.next("GET", AimlacExchangeClient.GET, Fault.answer(503, KEY));
      capture(() -> client.heldOrders(DAY));
      proxy.next("GET", AimlacExchangeClient.GET, Fault.answer(200, "[{\"order_id\": \"" + KEY + "\"}]"));
      capture(() -> client.heldOrders(DAY));
      capture(() -> new AimlacExchangeClient(exchange.baseUri(), KEY + "-wrong", quick).heldOrders(DAY));
      int closed;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closed = s.getLocalPort();
      }
      AimlacExchangeClient refused = new AimlacExchangeClient(URI.create("http://127.0.0.1:" + closed), KEY, quick);
      capture(() -> refused.submit(orders()));
      capture(() -> refused.heldOrders(DAY));
      AimlacExchangeClient unknownAtOriginal = new AimlacExchangeClient(original.baseUri(), KEY, quick);
      capture(() -> unknownAtOriginal.heldOrders(DAY));
      capture(() -> unknownAtOriginal.clearingPrices(DAY, DAY));
      capture(() -> unknownAtOriginal.toString());

      server.on("/down", Response.status(503, "echo " + API_KEY + " " + QUERY_KEY));
      JsonHttpClient http = JsonHttpClient.create("Test source", HttpOptions.DEFAULT.withMaxAttempts(2)
          .withBackoff(Duration.ZERO, Duration.ZERO)).withSecret(API_KEY);
      capture(() -> http.getJson(server.baseUri().resolve("/down?key=" + QUERY_KEY), Map.of("apikey", API_KEY)));
      server.on("/bad", Response.json("{not json " + API_KEY));
      capture(() -> http.getJson(server.baseUri().resolve("/bad?api_key=" + QUERY_KEY), Map.of("apikey", API_KEY)));
    } finally {
      System.setErr(stderr);
      System.setOut(stdout);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(messages).hasSizeGreaterThanOrEqualTo(13);
    assertThat(logged).as("the faults were logged").isNotBlank();
    for (String secret : List.of(KEY, URLEncoder.encode(KEY, StandardCharsets.UTF_8), API_KEY, QUERY_KEY)) {
      assertThat(logged).as("log lines").doesNotContain(secret);
      assertThat(messages).as("messages").noneMatch(m -> m.contains(secret));
    }
  }
}
