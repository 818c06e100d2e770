package org.convergence.core.store;

import java.util.List;
import java.util.Optional;

/** Port: trained price models, their provenance and metrics, and which one is the champion. */
public interface ModelRegistry {
  /**
   * Registers a model, replacing one with the same id. Registering a champion makes every other model a
   * non-champion.
   */
  void register(ModelRecord model);

  Optional<ModelRecord> model(String id);

  /** All models, oldest first (by created, then id). */
  List<ModelRecord> models();

  /** Makes the model the only champion; an unknown id is an {@link IllegalArgumentException} naming it. */
  void promote(String id);

  /** The model daily runs should use, if any is promoted. */
  Optional<ModelRecord> champion();
}
