package org.convergence.retrain;

import java.io.IOException;
import java.time.Instant;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.PlanningTime;

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

  /**
   * When on D-1 the models forecast day D (the daily run's {@code schedule.run_at}): what they read of D-1 is what
   * was delivered by then, so the rolling evaluation asks them at that time too.
   */
  PlanningTime planning();

  /** The model name a stored model file was trained as (for example {@code lear}). */
  String modelNameOf(byte[] modelFile) throws IOException;
}
