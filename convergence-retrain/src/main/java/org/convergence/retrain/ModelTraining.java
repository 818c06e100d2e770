package org.convergence.retrain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.data.DailySeries;
import org.convergence.model.file.ModelFile;
import org.convergence.model.file.ModelFiles;
import org.convergence.model.forecast.ModelPriceForecaster;

/**
 * The retrain job over convergence-model, for the AIMLAC GB market: recipes by name ({@code lear}, {@code lear-wide},
 * {@code gbm}, {@code naive-weekly}, {@code naive-standard}), recalibrated every day for the evaluation, and trained
 * for service as a model file with provenance.
 */
public final class ModelTraining implements PriceModels {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  private final MarketProfile market;
  private final PlanningTime planning;
  private final ForkJoinPool pool;

  /** Models of {@code market} for a daily run at the default planning time (08:30Z on D-1). */
  public ModelTraining(MarketProfile market, ForkJoinPool pool) {
    this(market, PlanningTime.DEFAULT, pool);
  }

  private ModelTraining(MarketProfile market, PlanningTime planning, ForkJoinPool pool) {
    this.market = market;
    this.planning = planning;
    this.pool = pool;
  }

  public static ModelTraining gb() {
    return new ModelTraining(MarketProfile.gb(), ForkJoinPool.commonPool());
  }

  /**
   * The GB models for a daily run at {@code runAtUtc} on D-1 ({@code schedule.run_at}): they read the hours of D-1
   * delivered by then ({@link MarketProfile#gbAsOf}), so the service that loads them can forecast at that time.
   */
  public static ModelTraining gbAsOf(java.time.LocalTime runAtUtc) {
    return new ModelTraining(MarketProfile.gbAsOf(runAtUtc), new PlanningTime(runAtUtc), ForkJoinPool.commonPool());
  }

  private PriceModelTrainer trainer(String modelName) {
    return org.convergence.model.PriceModels.trainer(modelName, market, pool);
  }

  /** Days of prices a recipe reads ({@link org.convergence.model.PriceModels#historyDays}). */
  public int historyDays(String modelName) {
    return org.convergence.model.PriceModels.historyDays(trainer(modelName), market);
  }

  @Override
  public PlanningTime planning() {
    return planning;
  }

  @Override
  public PriceForecaster recalibrating(String modelName) {
    return ModelPriceForecaster.recalibrating(modelName, market, pool);
  }

  @Override
  public TrainedModel train(String modelName, PriceHistory history, Instant asOf) throws IOException {
    PriceModelTrainer trainer = trainer(modelName);
    MarketDay forecastFrom = MarketDay.nextBiddable(asOf);
    MarketDay lastDay = forecastFrom.minusDays(trainer.availabilityLagDays());
    MarketDay firstDay = lastDay.minusDays(historyDays(modelName) - 1L);
    DailySeries series = series(history, firstDay, lastDay, asOf);
    if (series.missingPrices() == series.days() * DailySeries.HOURS) {
      throw new IllegalStateException("no clearing prices known between " + firstDay + " and " + lastDay
          + " to train " + modelName + " on");
    }
    Map<String, Object> hyper = new LinkedHashMap<>();
    hyper.put(RECIPE_KEY, modelName);
    hyper.put("market", market.name());
    hyper.put("availability_lag_days", trainer.availabilityLagDays());
    hyper.put("history_days", historyDays(modelName));
    if (modelName.equals("lear")) {
      hyper.put("lear_windows_days", market.learWindowsDays());
    }
    if (modelName.equals("lear-wide")) {
      hyper.put("lear_windows_days", market.learWideWindowsDays());
    }
    if (modelName.equals("gbm")) {
      hyper.put("gbm_window_days", market.gbmWindowDays());
    }
    ModelFile file = org.convergence.model.PriceModels.train(series, sha256(series), trainer,
        forecastFrom.date(), null, hyper, List.of("clearing prices by AIMLAC market day and hour"));
    return new TrainedModel(modelName, ModelFiles.toJson(file).getBytes(StandardCharsets.UTF_8),
        JSON.writeValueAsBytes(file.provenance()), MarketDay.of(file.provenance().trainFrom()),
        MarketDay.of(file.provenance().trainTo()));
  }

  /**
   * The provenance's hyper-parameter naming the recipe a file was trained as: {@code lear} and {@code lear-wide}
   * both store a mean LEAR ensemble (model type {@code lear}), so the type alone cannot say which to re-evaluate.
   */
  static final String RECIPE_KEY = "recipe";

  /** The recipe a stored file was trained as; a file written before the recipe was recorded: its model type. */
  @Override
  public String modelNameOf(byte[] modelFile) throws IOException {
    ModelFile f = ModelFiles.fromJson(new String(modelFile, StandardCharsets.UTF_8));
    Object recipe = f.provenance().hyperParameters() == null ? null
        : f.provenance().hyperParameters().get(RECIPE_KEY);
    return recipe instanceof String name ? name : f.modelType();
  }

  /** Clearing prices of first..last known at {@code asOf}, as a day x hour grid (NaN where unknown). */
  static DailySeries series(PriceHistory history, MarketDay first, MarketDay last, Instant asOf) {
    int days = (int) (last.date().toEpochDay() - first.date().toEpochDay()) + 1;
    double[][] p = new double[days][DailySeries.HOURS];
    for (double[] row : p) {
      Arrays.fill(row, Double.NaN);
    }
    for (HourPrice hp : history.clearingPrices(first, last)) {
      if (!hp.day().hour(hp.hour()).end().isAfter(asOf)) {
        p[(int) (hp.day().date().toEpochDay() - first.date().toEpochDay())][hp.hour().index()] = hp.priceGbpPerMWh();
      }
    }
    return new DailySeries("aimlac-clearing " + first + ".." + last, first.date(), p, List.of(), new double[0][][]);
  }

  /** SHA-256 of the price grid, so the provenance names exactly the data a model was trained on. */
  static String sha256(DailySeries s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      ByteBuffer b = ByteBuffer.allocate(8);
      for (int d = 0; d < s.days(); d++) {
        for (int h = 0; h < DailySeries.HOURS; h++) {
          b.clear();
          b.putDouble(s.price(d, h));
          md.update(b.array());
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
