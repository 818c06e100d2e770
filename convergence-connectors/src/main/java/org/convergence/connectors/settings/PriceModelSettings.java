package org.convergence.connectors.settings;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The day-ahead price forecaster: its name, the folder of model files the retrain job writes, and live mode's
 * price-history sources. The price history it trains on is the one price setting, {@code exchange.prices_file}
 * ({@link ExchangeSettings#pricesFile()}).
 *
 * @param sources live mode's price-history sources in the order tried ({@code exchange}: the exchange's price
 *     endpoints, {@code elexon}: Elexon Insights, {@code database}: prices fetched into the database); the first
 *     that answers with rows serves each request
 */
public record PriceModelSettings(String model, String modelDir, List<String> sources) {
  /** The recipes of {@code convergence-model}'s {@code PriceModels.RUN_NAMES} (a runner test keeps the two equal). */
  public static final Set<String> KNOWN = Set.of("lear", "lear-wide", "gbm", "naive-weekly", "naive-standard");
  public static final Set<String> KNOWN_SOURCES = Set.of("exchange", "elexon", "database");

  public PriceModelSettings {
    Objects.requireNonNull(model, "model");
    if (!KNOWN.contains(model)) {
      throw new IllegalArgumentException("model must be one of " + KNOWN + ", was '" + model + "'");
    }
    modelDir = modelDir == null || modelDir.isBlank() ? "./data/models" : modelDir.trim();
    Objects.requireNonNull(sources, "sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("sources must name at least one of " + KNOWN_SOURCES);
    }
    for (String src : sources) {
      if (!KNOWN_SOURCES.contains(src)) {
        throw new IllegalArgumentException("unknown price-history source '" + src + "', expected one of "
            + KNOWN_SOURCES);
      }
    }
    if (sources.stream().distinct().count() != sources.size()) {
      throw new IllegalArgumentException("sources names a price-history source twice: " + sources);
    }
    sources = List.copyOf(sources);
  }
}
