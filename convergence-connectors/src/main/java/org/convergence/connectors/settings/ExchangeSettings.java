package org.convergence.connectors.settings;

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
      throw new IllegalArgumentException("mode 'http' needs a url");
    }
    if (mode.equals(HTTP) && key.isEmpty()) {
      throw new IllegalArgumentException("mode 'http' needs a key (set it through an environment variable)");
    }
  }

  @Override
  public String toString() {
    return "ExchangeSettings[mode=" + mode + ", url=" + url + ", key=" + (key.isEmpty() ? "" : "***")
        + ", pricesFile=" + pricesFile + "]";
  }
}
