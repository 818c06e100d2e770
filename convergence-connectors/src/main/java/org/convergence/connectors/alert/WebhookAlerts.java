package org.convergence.connectors.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.convergence.core.alert.Alert;
import org.convergence.core.alert.AlertDelivery;
import org.convergence.core.alert.Alerts;

/**
 * Posts each alert to a Slack-compatible incoming webhook as {@code {"text": "<the alert's line>"}} (Slack, Mattermost,
 * Rocket.Chat, Teams' and Discord's Slack-compatible endpoints take it). One attempt with short timeouts: an alert
 * must never hold up the run it reports, and the next alert or heartbeat follows soon. Any 2xx is delivered;
 * anything else comes back as a failed {@link AlertDelivery} naming the webhook by its host only.
 */
public final class WebhookAlerts implements Alerts {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final URI url;
  private final HttpClient http;

  public WebhookAlerts(URI url) {
    this.url = Objects.requireNonNull(url, "url");
    if (url.getHost() == null) {
      throw new IllegalArgumentException("a webhook URL needs a host");
    }
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The webhook as it may be shown: scheme and host, never the path (it holds the secret). */
  public String describe() {
    return "webhook at " + url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  /** The request body for an alert. */
  static String body(Alert alert) {
    try {
      return JSON.writeValueAsString(Map.of("text", alert.line()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public AlertDelivery send(Alert alert) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body(alert), StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 == 2) {
        return AlertDelivery.delivered(describe());
      }
      return AlertDelivery.failed(describe() + " answered HTTP " + response.statusCode());
    } catch (IOException e) {
      return AlertDelivery.failed(describe() + " unreachable: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + withoutUrl(e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return AlertDelivery.failed(describe() + ": interrupted");
    } catch (RuntimeException e) {
      return AlertDelivery.failed(describe() + ": " + e.getClass().getSimpleName());
    }
  }

  /** An exception's message with the webhook's path taken out, should the HTTP client have put it in. */
  private String withoutUrl(String message) {
    String path = url.getRawPath();
    return path == null || path.isEmpty() || path.equals("/") ? message : message.replace(path, "/***");
  }
}
