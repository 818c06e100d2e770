package org.convergence.connectors.settings;

import java.util.Objects;
import java.util.Set;

/**
 * The day-ahead price forecaster: its name and the folder of model files the retrain job writes.
 *
 * @param historyFile clearing-price history to train on; empty = the bundled slice
 */
public record PriceModelSettings(String model, String modelDir, String historyFile) {
  public static final Set<String> KNOWN = Set.of("lear", "gbm", "naive-weekly", "naive-standard");

  public PriceModelSettings {
    Objects.requireNonNull(model, "model");
    if (!KNOWN.contains(model)) {
      throw new IllegalArgumentException("model must be one of " + KNOWN + ", was '" + model + "'");
    }
    modelDir = modelDir == null || modelDir.isBlank() ? "./data/models" : modelDir.trim();
    historyFile = historyFile == null ? "" : historyFile.trim();
  }
}
