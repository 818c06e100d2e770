package org.convergence.retrain;

import java.util.Objects;

/** A freshly trained model: its file and its provenance (JSON), ready to store. */
public record TrainedModel(String modelName, byte[] modelFile, byte[] provenanceJson) {
  public TrainedModel {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(modelFile, "modelFile");
    Objects.requireNonNull(provenanceJson, "provenanceJson");
  }
}
