package org.convergence.connectors.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.convergence.connectors.exchange.LoopbackFaultProxy.Fault;
import org.convergence.core.exchange.ExchangeAuthenticationException;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.ReceivedOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AimlacExchangeClient} against faults injected between it and a real exchange on loopback. Every case checks
 * its documented outcome, that the exchange holds no duplicate order, and that the key shows in no exception and no
 * log line.
 */
class AimlacExchangeClientFaultTest {
  private static final String KEY = "s3cret-fault-test-key-0d9e";
  private static final MarketDay DAY = MarketDay.of(2022, 3, 15);
  private static final String SET = "/auction/bidding/set";
  private static final String GET = "/auction/bidding/get";
  /** Requests time out after 800 ms; a delay of 2 s is "slower than the timeout". */
  private static final AimlacExchangeClient.Options OPTIONS =
      new AimlacExchangeClient.Options(Duration.ofMillis(500), Duration.ofMillis(800), 3, Duration.ofMillis(10));
  private static final Duration TOO_LATE = Duration.ofSeconds(2);

  private LoopbackExchange exchange;
  private LoopbackFaultProxy proxy;
  private AimlacExchangeClient client;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private PrintStream stderr;

  @BeforeEach
  void start() {
    stderr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    exchange = LoopbackExchange.start(DAY.gateClosure().minus(Duration.ofHours(1)), InMemoryPriceHistory.empty(),
        List.of(KEY));
    proxy = LoopbackFaultProxy.to(exchange.baseUri());
    client = new AimlacExchangeClient(proxy.baseUri(), KEY, OPTIONS);
    // warm the server up (first requests load classes) directly, so that only injected faults are slow
    AimlacExchangeClient direct = exchange.client(KEY);
    direct.submit(new OrderSet(DAY.next(), List.of(new Order(DAY.next(), HourId.of(1), Side.BUY, 1, 1))));
    direct.heldOrders(DAY.next());
  }

  @AfterEach
  void stop() {
    proxy.close();
    exchange.close();
    System.setErr(stderr);
    String logged = log.toString(StandardCharsets.UTF_8);
    assertThat(logged).as("log lines").doesNotContain(KEY);
  }

  private static OrderSet day() {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      orders.add(new Order(DAY, h, h.value() % 2 == 0 ? Side.SELL : Side.BUY, 0.1 * h.value(), 50 + h.value()));
    }
    return new OrderSet(DAY, orders);
  }

  /**
   * The exchange holds each hour once, and stored every order once: order ids count every order it ever stored (one
   * warm-up order, then ours), so they stay within the warm-up plus the orders held.
   */
  private void assertNoDuplicates(int expectedHeld) {
    List<ReceivedOrder> held = exchange.exchange().received(KEY, DAY);
    assertThat(held).hasSize(expectedHeld);
    assertThat(held).extracting(ReceivedOrder::orderId).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).isLessThanOrEqualTo(1 + expectedHeld));
    assertThat(client.heldOrders(DAY)).extracting(HeldOrder::order).containsExactlyElementsOf(day().orders()
        .subList(0, expectedHeld));
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }

  @Test
  void connectionRefusedIsRetriedThenAnErrorNamingTheEndpoint() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    AimlacExchangeClient refused = new AimlacExchangeClient(URI.create("http://127.0.0.1:" + closedPort), KEY,
        OPTIONS);

    assertThatThrownBy(() -> refused.submit(day()))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("POST /auction/bidding/set")
        .hasMessageContaining("3 attempts")
        .hasMessageContaining("could not be read back")
        .satisfies(e -> assertThat(messages(e)).doesNotContain(KEY));
    assertThatThrownBy(() -> refused.heldOrders(DAY))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("GET /auction/bidding/get: failed after 3 attempts")
        .hasMessageContaining("ConnectException")
        .satisfies(e -> assertThat(messages(e)).doesNotContain(KEY));
    assertThat(exchange.exchange().received(KEY, DAY)).isEmpty();
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("cannot connect (attempt 1 of 3)");
  }

  @Test
  void aGarbled200ToThePostIsReadBackNotRepeated() {
    proxy.next("POST", SET, Fault.forwardThenAnswer(200, "<html>proxy error</html>"));

    SubmissionReceipt receipt = client.submit(day());

    assertThat(receipt.accepted()).isEqualTo(24);
    assertThat(receipt.message()).contains("held after an unclear answer")
        .contains("HTTP 200 with an answer that is not {accepted, message}");
    assertThat(proxy.count("POST", SET)).isEqualTo(1);
    assertThat(proxy.count("GET", GET)).as("the day was read back").isGreaterThanOrEqualTo(1);
    assertNoDuplicates(24);
  }

  @Test
  void aPostThatLandsAfterTheTimeoutIsSeenByTheReadBackAndReported() {
    AimlacExchangeClient.Options quick = new AimlacExchangeClient.Options(Duration.ofMillis(300),
        Duration.ofMillis(300), 3, Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMillis(700));
    client = new AimlacExchangeClient(proxy.baseUri(), KEY, quick);
    proxy.next("POST", SET, Fault.delayThenForward(Duration.ofMillis(450)));

    SubmissionReceipt receipt = client.submit(day());

    assertThat(proxy.landedLate()).as("the abandoned POST reached the exchange after the client gave up")
        .isEqualTo(1);
    assertThat(receipt.accepted()).isEqualTo(24);
    assertThat(receipt.message()).contains("a POST was abandoned after 300 ms without an answer")
        .contains("all 24 orders held after an unclear answer");
    assertThat(proxy.count("POST", SET)).as("not sent again: the read-back saw the late arrival").isEqualTo(1);
    assertNoDuplicates(24);
  }

  @Test
  void aPostAnsweredTooLateIsReadBackNotRepeated() {
    proxy.next("POST", SET, Fault.forwardThenDelay(TOO_LATE));

    SubmissionReceipt receipt = client.submit(day());

    assertThat(receipt.accepted()).isEqualTo(24);
    assertThat(receipt.message()).contains("held after an unclear answer");
    assertThat(proxy.count("POST", SET)).isEqualTo(1);
    assertNoDuplicates(24);
  }

  @Test
  void aGetAnsweredTooLateIsRetried() {
    client.submit(day());
    proxy.next("GET", GET, Fault.forwardThenDelay(TOO_LATE));

    assertThat(client.heldOrders(DAY)).hasSize(24);
    assertThat(proxy.count("GET", GET)).isEqualTo(2);
  }

  @Test
  void a500AfterTheExchangeStoredTheOrdersIsReadBackNotRepeated() {
    proxy.next("POST", SET, Fault.forwardThenAnswer(500, "{\"message\":\"internal error\"}"));

    SubmissionReceipt receipt = client.submit(day());

    assertThat(receipt.accepted()).isEqualTo(24);
    assertThat(proxy.count("POST", SET)).isEqualTo(1);
    assertNoDuplicates(24);
  }

  @Test
  void a500ThenA200SendsAgainOnlyWhatTheExchangeDoesNotHold() {
    // first POST never reaches the exchange and is answered 500; the read back shows nothing held -> re-send
    proxy.next("POST", SET, Fault.answer(500, ""));

    SubmissionReceipt receipt = client.submit(day());

    assertThat(receipt.accepted()).isEqualTo(24);
    assertThat(proxy.count("POST", SET)).isEqualTo(2);
    assertNoDuplicates(24);
  }

  @Test
  void afterAnUnclearAnswerOnlyTheMissingOrdersAreSentAgain() {
    OrderSet all = day();
    OrderSet firstHalf = new OrderSet(DAY, all.orders().subList(0, 12));
    client.submit(firstHalf);
    proxy.next("POST", SET, Fault.answer(502, ""));

    SubmissionReceipt receipt = client.submit(all);

    assertThat(receipt.accepted()).isEqualTo(24);
    List<LoopbackFaultProxy.Received> posts = proxy.received().stream().filter(r -> r.path().equals(SET)).toList();
    assertThat(posts).hasSize(3);
    assertThat(posts.get(2).body()).contains("\"hour_ID\":13").doesNotContain("\"hour_ID\":12,");
    assertNoDuplicates(24);
  }

  @Test
  void a500OnGetIsRetried() {
    client.submit(day());
    proxy.next("GET", GET, Fault.answer(503, "busy"));

    assertThat(client.heldOrders(DAY)).hasSize(24);
    assertThat(proxy.count("GET", GET)).as(proxy.received().stream().map(r -> r.method() + " " + r.path()).toList().toString()).isEqualTo(2);
  }

  @Test
  void malformedJsonIsAnErrorNamingEndpointAndStatusAndIsNotRetried() {
    client.submit(day());
    proxy.next("GET", GET, Fault.answer(200, "[{\"hour_ID\": 1,"));

    assertThatThrownBy(() -> client.heldOrders(DAY))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("GET /auction/bidding/get: HTTP 200 with malformed JSON")
        .satisfies(e -> assertThat(messages(e)).doesNotContain(KEY));
    assertThat(proxy.count("GET", GET)).isEqualTo(1);
    assertNoDuplicates(24);
  }

  @Test
  void a401IsAnAuthenticationErrorAndIsNotRetried() {
    proxy.next("POST", SET, Fault.answer(401, "{\"accepted\":0,\"message\":\"unknown key\"}"));

    assertThatThrownBy(() -> client.submit(day()))
        .isInstanceOf(ExchangeAuthenticationException.class)
        .hasMessageContaining("POST /auction/bidding/set: HTTP 401: unknown key")
        .satisfies(e -> assertThat(messages(e)).doesNotContain(KEY));
    assertThat(proxy.count("POST", SET)).isEqualTo(1);
    assertThat(exchange.exchange().received(KEY, DAY)).isEmpty();
  }

  @Test
  void aWrongKeyIsRefusedByTheRealServerWithoutShowingIt() {
    String wrong = "wrong-key-with-?&=-chars";
    AimlacExchangeClient wrongClient = new AimlacExchangeClient(proxy.baseUri(), wrong, OPTIONS);

    assertThatThrownBy(() -> wrongClient.submit(day()))
        .isInstanceOf(ExchangeAuthenticationException.class)
        .hasMessageContaining("HTTP 401")
        .satisfies(e -> assertThat(messages(e)).doesNotContain(wrong));
    assertThatThrownBy(() -> wrongClient.heldOrders(DAY))
        .isInstanceOf(ExchangeAuthenticationException.class)
        .hasMessageContaining("answered null")
        .satisfies(e -> assertThat(messages(e)).doesNotContain(wrong));
    assertThat(wrongClient.toString()).doesNotContain(wrong);
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain(wrong);
  }
}
