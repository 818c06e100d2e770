package org.convergence.core.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.convergence.core.time.MarketDay;

/**
 * A trained price model in the registry: its provenance (when, on which market days), how well it did and where its
 * file is. At most one model is the champion, the one daily runs use.
 *
 * @param id stable id, also what {@link org.convergence.core.price.PriceForecast#modelId()} holds (at most 128 chars)
 * @param trainedFrom first market day of the training window (inclusive)
 * @param trainedTo last market day of the training window (inclusive)
 * @param metrics evaluation metrics by name (e.g. "mae_gbp_per_mwh"), finite values
 * @param location where the model file is (a path or a URI such as gs://bucket/models/x.bin)
 * @param champion true for the model daily runs use
 */
public record ModelRecord(
    String id,
    Instant created,
    MarketDay trainedFrom,
    MarketDay trainedTo,
    Map<String, Double> metrics,
    String location,
    boolean champion) {
  public ModelRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(trainedFrom, "trainedFrom");
    Objects.requireNonNull(trainedTo, "trainedTo");
    Objects.requireNonNull(location, "location");
    if (id.isBlank()) {
      throw new IllegalArgumentException("model id must not be blank");
    }
    if (trainedTo.compareTo(trainedFrom) < 0) {
      throw new IllegalArgumentException("model " + id + ": training window ends (" + trainedTo
          + ") before it starts (" + trainedFrom + ")");
    }
    metrics.forEach((name, value) -> {
      if (value == null || !Double.isFinite(value)) {
        throw new IllegalArgumentException("model " + id + ": metric " + name + " must be finite, was " + value);
      }
    });
    metrics = Map.copyOf(new TreeMap<>(metrics));
  }

  public ModelRecord asChampion(boolean isChampion) {
    return new ModelRecord(id, created, trainedFrom, trainedTo, metrics, location, isChampion);
  }
}
