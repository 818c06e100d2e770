package org.convergence.retrain;

/** The price models of convergence-model, as the retrain job uses them. */
final class PriceModelTraining {
  private PriceModelTraining() {}

  static PriceModels models() {
    throw new IllegalStateException("model training is not wired into the retrain job yet (convergence-model)");
  }
}
