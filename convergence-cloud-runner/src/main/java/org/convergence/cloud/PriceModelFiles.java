package org.convergence.cloud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.concurrent.ForkJoinPool;
import org.convergence.core.price.PriceForecaster;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModels;
import org.convergence.model.file.ModelFile;
import org.convergence.model.file.ModelFiles;
import org.convergence.model.forecast.ModelPriceForecaster;

/** The price models of convergence-model, as the service uses them: decoded from a model file, or by name. */
final class PriceModelFiles {
  private PriceModelFiles() {}

  /** Decodes a model file of the archive into a forecaster of the trained model. */
  static PriceForecaster load(String modelId, byte[] modelFile) throws IOException {
    ModelFile f = ModelFiles.fromJson(new String(modelFile, StandardCharsets.UTF_8));
    return ModelPriceForecaster.fixed(ModelFiles.toModel(f), f.availabilityLagDays(),
        PriceModels.trainedModelHistoryDays(MarketProfile.gb()));
  }

  /**
   * The configured model, recalibrated at every forecast, used until the retrain job has promoted one: the GB recipe
   * for a run at {@code runAtUtc} on D-1 ({@code schedule.run_at}, the time Cloud Scheduler calls the service), so it
   * reads the hours of D-1 delivered by then and no more ({@link MarketProfile#gbAsOf}).
   */
  static PriceForecaster byName(String name, LocalTime runAtUtc) {
    return ModelPriceForecaster.recalibrating(name, MarketProfile.gbAsOf(runAtUtc), ForkJoinPool.commonPool());
  }
}
