package org.convergence.connectors.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.convergence.connectors.settings.AlertSettings;
import org.convergence.core.alert.Alert;
import org.convergence.core.alert.AlertDelivery;
import org.convergence.core.alert.AlertKind;
import org.convergence.core.alert.Alerts;
import org.convergence.core.alert.AlertsContract;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook against a loopback HTTP server that records what a Slack-compatible endpoint would receive. */
class WebhookAlertsTest extends AlertsContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET_PATH = "/services/T000/B000/s3cretpart";

  private HttpServer server;
  private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
  private final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(200);

  /** Started from {@link #newAlerts()}: the contract's set-up runs before this class's own. */
  private void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(SECRET_PATH, exchange -> {
      byte[] in = exchange.getRequestBody().readAllBytes();
      if ("POST".equals(exchange.getRequestMethod())) {
        bodies.add(JSON.readTree(new String(in, StandardCharsets.UTF_8)));
        contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
      }
      byte[] out = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status.get(), out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SECRET_PATH);
  }

  @Override
  protected Alerts newAlerts() {
    try {
      startServer();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new WebhookAlerts(url());
  }

  @Override
  protected List<String> received() {
    return bodies.stream().map(b -> b.get("text").asText()).toList();
  }

  private static final Alert FAILED = Alert.about(MarketDay.of(2022, 4, 29), AlertKind.RUN_FAILED, "AIMLAC HQ",
      Instant.parse("2022-04-28T08:30:00Z"), "exchange answered HTTP 503");

  @Test
  void theBodyIsSlackCompatibleJsonWithOnlyAText() {
    AlertDelivery d = alerts.send(FAILED);
    assertThat(d.delivered()).isTrue();
    assertThat(d.detail()).isEqualTo("webhook at http://127.0.0.1:" + server.getAddress().getPort());
    assertThat(bodies).hasSize(1);
    JsonNode body = bodies.get(0);
    assertThat(body.size()).isEqualTo(1);
    assertThat(body.get("text").asText()).isEqualTo("Convergence (AIMLAC HQ): run failed for 2022-04-29: exchange"
        + " answered HTTP 503 [2022-04-28T08:30:00Z]");
    assertThat(contentTypes.get(0)).startsWith("application/json");
  }

  @Test
  void aWebhookAnsweringAnErrorIsReportedWithoutItsSecretPath() {
    status.set(500);
    AlertDelivery d = alerts.send(FAILED);
    assertThat(d.delivered()).isFalse();
    assertThat(d.detail()).isEqualTo("webhook at http://127.0.0.1:" + server.getAddress().getPort()
        + " answered HTTP 500").doesNotContain("s3cretpart");
    status.set(404);
    assertThat(alerts.send(FAILED).detail()).endsWith("answered HTTP 404");
  }

  @Test
  void anUnreachableWebhookIsAFailedDeliveryNotAnException() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    WebhookAlerts dead = new WebhookAlerts(URI.create("http://127.0.0.1:" + closedPort + SECRET_PATH));
    AlertDelivery d = dead.send(FAILED);
    assertThat(d.delivered()).isFalse();
    assertThat(d.detail()).startsWith("webhook at http://127.0.0.1:" + closedPort + " unreachable: ")
        .doesNotContain("s3cretpart");
  }

  @Test
  void anEmptyUrlGivesAChannelThatOnlyLogs() {
    Alerts none = AlertChannels.fromSettings(new AlertSettings(""));
    assertThat(none.send(FAILED)).isEqualTo(AlertDelivery.failed(AlertChannels.NOT_CONFIGURED));
    assertThat(AlertChannels.fromSettings(new AlertSettings(url().toString()))).isInstanceOf(WebhookAlerts.class);
  }
}
