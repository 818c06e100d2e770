package org.convergence.cloud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ForkJoinPool;
import org.convergence.core.price.PriceForecaster;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModels;
import org.convergence.model.file.ModelFile;
import org.convergence.model.file.ModelFiles;
import org.convergence.model.forecast.ModelPriceForecaster;

/** The price models of convergence-model, as the service uses them: decoded from a model file, or by name. */
final class PriceModelFiles {
  /** Days of clearing prices a forecast reads: the longest GB LEAR window, its lags and a month of errors. */
  static final int HISTORY_DAYS = MarketProfile.gb().learWindowsDays().stream().mapToInt(Integer::intValue).max()
      .orElse(0) + 7 + MarketProfile.gb().availabilityLagDays() + 35;

  private PriceModelFiles() {}

  /** Decodes a model file of the archive into a forecaster of the trained model. */
  static PriceForecaster load(String modelId, byte[] modelFile) throws IOException {
    ModelFile f = ModelFiles.fromJson(new String(modelFile, StandardCharsets.UTF_8));
    return ModelPriceForecaster.fixed(ModelFiles.toModel(f), f.availabilityLagDays(), HISTORY_DAYS);
  }

  /** The configured model, recalibrated at every forecast, used until the retrain job has promoted one. */
  static PriceForecaster byName(String name) {
    return ModelPriceForecaster.recalibrating(PriceModels.trainer(name, MarketProfile.gb(), ForkJoinPool.commonPool()),
        HISTORY_DAYS);
  }
}
