package org.convergence.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convergence.connectors.http.RecordedServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonHttpClientTest {
  private final RecordedServer server = RecordedServer.start();
  private final List<Duration> waits = new ArrayList<>();
  private final JsonHttpClient client = JsonHttpClient.create("Test source",
          HttpOptions.DEFAULT.withMaxAttempts(3).withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
      .withRetryListener((a, w) -> waits.add(w));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void getsJsonAndSendsHeaders() {
    server.on("/ok", Response.json("{\"a\": [1, 2]}"));
    JsonNode node = client.getJson(server.baseUri().resolve("/ok?x=1"), Map.of("apikey", "s3cret"));
    assertThat(node.get("a").get(1).asInt()).isEqualTo(2);
    assertThat(server.requests()).singleElement().satisfies(r -> {
      assertThat(r.header("apikey")).isEqualTo("s3cret");
      assertThat(r.header("accept")).isEqualTo("application/json");
      assertThat(r.param("x")).isEqualTo("1");
    });
    assertThat(waits).isEmpty();
  }

  @Test
  void retriesServerErrorsWithExponentialBackoffThenSucceeds() {
    server.on("/flaky", Response.status(503, "busy"), Response.status(502, "bad gateway"), Response.json("{}"));
    assertThat(client.getJson(server.baseUri().resolve("/flaky")).isObject()).isTrue();
    assertThat(server.requests()).hasSize(3);
    assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
  }

  @Test
  void honoursRetryAfterUpToTheCap() {
    server.on("/limited", new Response(429, "slow down", Map.of("Retry-After", "120")), Response.json("[]"));
    client.getJson(server.baseUri().resolve("/limited"));
    assertThat(waits).as("Retry-After 120 s, capped at 50 ms (the backoff alone would wait 10 ms)")
        .containsExactly(Duration.ofMillis(50));
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    String inAnHour = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
        java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(3600));
    server.on("/dated", new Response(503, "later", Map.of("Retry-After", inAnHour)), Response.json("[]"));
    client.getJson(server.baseUri().resolve("/dated"));
    assertThat(waits).as("an HTTP date an hour ahead, capped").containsExactly(Duration.ofMillis(50));
  }

  @Test
  void givesUpAfterMaxAttemptsNamingSourceUrlAndStatus() {
    server.on("/down", Response.status(500, "{\"error\":\"internal\"}"));
    assertThatThrownBy(() -> client.getJson(server.baseUri().resolve("/down?key=abc&from=2022")))
        .isInstanceOfSatisfying(SourceException.class, e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.source()).isEqualTo("Test source");
          assertThat(e.url()).endsWith("/down?key=***&from=2022");
        })
        .hasMessageStartingWith("Test source: ")
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("attempt 3 of 3")
        .hasMessageContaining("internal")
        .hasMessageNotContaining("abc");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void clientErrorsAreNotRetried() {
    server.on("/bad", Response.status(400, "{\"error\":true,\"reason\":\"bad parameter\"}"));
    assertThatThrownBy(() -> client.getJson(server.baseUri().resolve("/bad")))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("bad parameter");
    assertThat(server.requests()).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void connectionFailuresAreRetriedAndReportedWithoutResponse() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/x?apikey=topsecret");
    assertThatThrownBy(() -> client.getJson(closed))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.status()).isEqualTo(SourceException.NO_RESPONSE))
        .hasMessageContaining("connection failed")
        .hasMessageContaining("no response")
        .hasMessageNotContaining("topsecret");
    assertThat(waits).hasSize(2);
  }

  @Test
  void registeredSecretsAreMaskedEvenInTheBody() {
    server.on("/echo/k-123", Response.status(401, "{\"message\":\"key k-123 is not valid\"}"));
    assertThatThrownBy(() -> client.withSecret("k-123").getJson(server.baseUri().resolve("/echo/k-123")))
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("/echo/***")
        .hasMessageNotContaining("k-123");
  }

  @Test
  void invalidOrEmptyJsonIsAnErrorNamingTheSource() {
    server.on("/html", Response.json("<html>maintenance</html>"));
    server.on("/empty", Response.json(""));
    assertThatThrownBy(() -> client.getJson(server.baseUri().resolve("/html")))
        .hasMessageContaining("not valid JSON").hasMessageContaining("maintenance");
    assertThatThrownBy(() -> client.getJson(server.baseUri().resolve("/empty")))
        .hasMessageContaining("Test source").hasMessageContaining("empty response body");
  }

  @Test
  void readTimeoutIsRetriedThenReported() {
    server.otherwise(r -> {
      try {
        Thread.sleep(400);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Response.json("{}");
    });
    JsonHttpClient fast = JsonHttpClient.create("Slow source", HttpOptions.DEFAULT.withMaxAttempts(2)
        .withReadTimeout(Duration.ofMillis(100)).withBackoff(Duration.ZERO, Duration.ZERO)).withRetryListener((a, w) -> waits.add(w));
    assertThatThrownBy(() -> fast.getJson(server.baseUri().resolve("/slow")))
        .hasMessageContaining("Slow source").hasMessageContaining("timed out after 100 ms");
  }

  @Test
  void backoffDoublesUpToTheCap() {
    HttpOptions o = HttpOptions.DEFAULT.withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5)).withMaxAttempts(6);
    assertThat(List.of(o.backoffBefore(1), o.backoffBefore(2), o.backoffBefore(3), o.backoffBefore(4),
        o.backoffBefore(5))).containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(5));
  }
}
