package org.convergence.connectors.settings;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where alerts go: a Slack-compatible incoming webhook ({@code POST {"text": ...}}); empty = alerts are only logged.
 * The URL holds a secret (the webhook's path), so it comes from the environment and {@link #toString()} shows its
 * host only.
 */
public record AlertSettings(String webhookUrl) {
  public AlertSettings {
    webhookUrl = webhookUrl == null ? "" : webhookUrl.trim();
    if (!webhookUrl.isEmpty()) {
      URI uri;
      try {
        uri = new URI(webhookUrl);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("webhook_url is not a URL (value not shown: it holds a secret)");
      }
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new IllegalArgumentException("webhook_url must be an http(s) URL with a host (value not shown: it"
            + " holds a secret)");
      }
    }
  }

  public boolean configured() {
    return !webhookUrl.isEmpty();
  }

  @Override
  public String toString() {
    return "AlertSettings[webhookUrl=" + (webhookUrl.isEmpty() ? "" : URI.create(webhookUrl).getHost() + "/***")
        + "]";
  }
}
