package org.convergence.retrain;

import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * A freshly trained model: its file and provenance (JSON), ready to store, and the market days it was trained on.
 */
public record TrainedModel(String modelName, byte[] modelFile, byte[] provenanceJson, MarketDay trainedFrom,
    MarketDay trainedTo) {
  public TrainedModel {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(modelFile, "modelFile");
    Objects.requireNonNull(provenanceJson, "provenanceJson");
    Objects.requireNonNull(trainedFrom, "trainedFrom");
    Objects.requireNonNull(trainedTo, "trainedTo");
    if (trainedTo.compareTo(trainedFrom) < 0) {
      throw new IllegalArgumentException(modelName + ": training window ends (" + trainedTo + ") before it starts ("
          + trainedFrom + ")");
    }
  }
}
