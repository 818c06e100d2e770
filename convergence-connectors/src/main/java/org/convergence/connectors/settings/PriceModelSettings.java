package org.convergence.connectors.settings;

import java.util.Objects;
import java.util.Set;

/**
 * The day-ahead price forecaster: its name and the folder of model files the retrain job writes. The price history it
 * trains on is the one price setting, {@code exchange.prices_file} ({@link ExchangeSettings#pricesFile()}).
 */
public record PriceModelSettings(String model, String modelDir) {
  public static final Set<String> KNOWN = Set.of("lear", "gbm", "naive-weekly", "naive-standard");

  public PriceModelSettings {
    Objects.requireNonNull(model, "model");
    if (!KNOWN.contains(model)) {
      throw new IllegalArgumentException("model must be one of " + KNOWN + ", was '" + model + "'");
    }
    modelDir = modelDir == null || modelDir.isBlank() ? "./data/models" : modelDir.trim();
  }
}
