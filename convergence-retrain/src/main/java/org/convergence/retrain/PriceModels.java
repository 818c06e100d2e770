package org.convergence.retrain;

import java.io.IOException;
import java.time.Instant;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;

/**
 * What the retrain job needs from the price models: a forecaster of a model that recalibrates on whatever history
 * it is shown (for the rolling evaluation), training for service (a model file with provenance), and reading back
 * which model a stored file is (to evaluate the champion the same way).
 */
public interface PriceModels {
  /** A forecaster of {@code modelName} that refits on the history it is given at every forecast. */
  PriceForecaster recalibrating(String modelName);

  /** Trains {@code modelName} on everything in {@code history} known at {@code asOf}. */
  TrainedModel train(String modelName, PriceHistory history, Instant asOf) throws IOException;

  /** The model name a stored model file was trained as (for example {@code lear}). */
  String modelNameOf(byte[] modelFile) throws IOException;
}
