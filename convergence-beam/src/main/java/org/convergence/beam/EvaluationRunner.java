package org.convergence.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.PriceModels;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.PriceDataReader;
import org.convergence.model.eval.RollingEvaluation;

/**
 * Runs one element of a price-model evaluation: {@code evaluate prices}' rolling evaluation
 * ({@link PriceModels#evaluate}) of the block's days with the block's warm-up
 * ({@link org.convergence.model.eval.EvaluationBlocks.Block#options}), on a one-thread pool of its own. The data
 * file is read once per worker JVM and shared by every element it runs.
 */
final class EvaluationRunner {
  private static final Map<String, DailySeries> SERIES = new ConcurrentHashMap<>();

  private EvaluationRunner() {}

  /** The price series of a plan's data path (a local path or a bucket URL), read once per JVM. */
  static DailySeries series(String data) {
    return SERIES.computeIfAbsent(data, d -> {
      try {
        return PriceDataReader.read(WorkerFiles.local(d));
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    });
  }

  /** How many data files this JVM holds (each read once). */
  static int dataReads() {
    return SERIES.size();
  }

  static EvaluationOutcome run(EvaluationTask task) {
    return BlockRunner.onOwnPool(pool -> {
      EvaluationTask.Spec spec = task.spec();
      DailySeries series = series(spec.data());
      PriceModelTrainer trainer = PriceModels.trainer(spec.model(), spec.market(series), pool);
      RollingEvaluation.Result r = PriceModels.evaluate(series, trainer, task.from(), task.to(),
          task.asBlock().options(spec.options()), p -> { });
      return EvaluationOutcome.of(task, r);
    }, "evaluation block " + task);
  }
}
