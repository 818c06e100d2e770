package org.convergence.connectors.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where orders go. {@code mode: simulated} trades with the in-process exchange on the recorded prices;
 * {@code mode: http} talks to an AIMLAC-compatible exchange at {@code url} with {@code key}.
 *
 * @param pricesFile the one price history setting: a GB price file (Elexon MID half-hours or hourly system prices,
 *     {@code .csv} or {@code .csv.gz}) or a folder of them, replayed by the simulated exchange, used by the backtest
 *     and trained on by the retrain job's {@code settings} history; empty = the bundled GB prices
 */
public record ExchangeSettings(String mode, String url, String key, String pricesFile) {
  public static final String SIMULATED = "simulated";
  public static final String HTTP = "http";

  public ExchangeSettings {
    Objects.requireNonNull(mode, "mode");
    if (!mode.equals(SIMULATED) && !mode.equals(HTTP)) {
      throw new IllegalArgumentException("mode must be 'simulated' or 'http', was '" + mode + "'");
    }
    url = url == null ? "" : url.trim();
    key = key == null ? "" : key;
    pricesFile = pricesFile == null ? "" : pricesFile.trim();
    if (mode.equals(HTTP) && url.isEmpty()) {
      throw new IllegalArgumentException("url must be set for mode 'http'");
    }
    if (!url.isEmpty() && !isHttpUrl(url)) {
      throw new IllegalArgumentException("url must be an http(s) URL with a host, such as"
          + " https://exchange.example:8000 (the value is not repeated here: it may hold credentials)");
    }
    if (mode.equals(HTTP) && key.isEmpty()) {
      throw new IllegalArgumentException("key must be set for mode 'http' (set it through an environment variable)");
    }
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI u = new URI(url);
      return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
          && u.getHost() != null && !u.getHost().isEmpty() && u.getRawQuery() == null && u.getRawFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "ExchangeSettings[mode=" + mode + ", url=" + url + ", key=" + (key.isEmpty() ? "" : "***")
        + ", pricesFile=" + pricesFile + "]";
  }
}
