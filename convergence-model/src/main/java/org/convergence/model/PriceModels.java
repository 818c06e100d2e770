package org.convergence.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.combine.CombinedTrainer;
import org.convergence.model.data.DailySeries;
import org.convergence.model.eval.ResidualQuantiles;
import org.convergence.model.eval.RollingEvaluation;
import org.convergence.model.file.ModelFile;
import org.convergence.model.file.ModelFiles;
import org.convergence.model.file.Provenance;
import org.convergence.model.gbm.QuantileBoostTrainer;
import org.convergence.model.lasso.LassoAicPath;
import org.convergence.model.lear.LearEnsemble;
import org.convergence.model.lear.LearEnsembleTrainer;
import org.convergence.model.lear.LearTrainer;
import org.convergence.model.ltsc.HodrickPrescott;
import org.convergence.model.mlp.MlpTrainer;
import org.convergence.model.naive.NaiveTrainer;

/**
 * The entry points of the price models, for the runners and the retrain job:
 *
 * <ul>
 *   <li>{@link #trainer}: a model recipe by name ({@code lear}, {@code lear-wide}, {@code gbm}, {@code naive-weekly},
 *       {@code naive-standard}, {@code lear-scar}, {@code lear-wide-scar}, the recency-weighted
 *       {@code lear-wide-hl91}, {@code lear-wide-hl182}, {@code lear-wide-hl364}, {@code mlp}, {@code lear-wide-mlp},
 *       {@code lear-wide-mlp-weighted}) for a market;
 *   <li>{@link #evaluate}: rolling daily recalibration over a test period, no look-ahead, with the metrics;
 *   <li>{@link #train}: calibrate on the history known before a day and wrap it, with provenance, as a
 *       {@link ModelFile} ({@link ModelFiles#save}/{@link ModelFiles#load}/{@link ModelFiles#toModel});
 *   <li>{@link org.convergence.model.forecast.ModelPriceForecaster}: the core {@code PriceForecaster} port over a
 *       model (fixed from a file, or recalibrated every day).
 * </ul>
 */
public final class PriceModels {
  /**
   * The recipes a run can use (settings {@code prices.model}): a model file can store each of them, so the retrain job
   * can train and serve it.
   */
  public static final List<String> RUN_NAMES = List.of("lear", "lear-wide", "gbm", "naive-weekly", "naive-standard");

  /** Every recipe {@code evaluate prices} and the sweep know: {@link #RUN_NAMES} and the evaluation-only ones. */
  public static final List<String> NAMES = List.of("lear", "lear-wide", "gbm", "naive-weekly", "naive-standard",
      "lear-scar", "lear-wide-scar", "lear-wide-hl91", "lear-wide-hl182", "lear-wide-hl364", "mlp", "lear-wide-mlp",
      "lear-wide-mlp-weighted");

  /** How {@code lear-wide} combines its windows. */
  public static final LearEnsemble.Combination WIDE_COMBINATION = LearEnsemble.Combination.MEAN;

  private PriceModels() {}

  public static PriceModelTrainer trainer(String name, MarketProfile market, ForkJoinPool pool) {
    return switch (name) {
      case "lear" -> new LearEnsembleTrainer(market.learWindowsDays(), market.learFeatures(),
          market.availabilityLagDays(), new LassoAicPath(), pool);
      case "lear-wide" -> new LearEnsembleTrainer("lear-wide", market.learWideWindowsDays(),
          market.learFeatures(), market.availabilityLagDays(), new LassoAicPath(), pool, WIDE_COMBINATION, true);
      case "lear-scar" -> new LearEnsembleTrainer("lear-scar", wideMembers(market, pool, market.seasonalFilter()),
          WIDE_COMBINATION);
      case "lear-wide-scar" -> {
        List<LearTrainer> members = new java.util.ArrayList<>(wideMembers(market, pool, null));
        members.addAll(wideMembers(market, pool, market.seasonalFilter()));
        yield new LearEnsembleTrainer("lear-wide-scar", members, WIDE_COMBINATION);
      }
      case "lear-wide-hl91", "lear-wide-hl182", "lear-wide-hl364" -> new LearEnsembleTrainer(name,
          recencyWeighted(wideMembers(market, pool, null), Integer.parseInt(name.substring("lear-wide-hl".length()))),
          WIDE_COMBINATION);
      case "gbm" -> new QuantileBoostTrainer(market.gbmWindowDays(), market.availabilityLagDays(),
          ResidualQuantiles.DEFAULT_LEVELS, QuantileBoostTrainer.Hyper.defaults());
      case "mlp" -> new MlpTrainer(market.learFeatures(), market.availabilityLagDays(), market.mlpHyper());
      case "lear-wide-mlp" -> new CombinedTrainer("lear-wide-mlp", List.of(trainer("lear-wide", market, pool),
          trainer("mlp", market, pool)), LearEnsemble.Combination.MEAN);
      case "lear-wide-mlp-weighted" -> new CombinedTrainer("lear-wide-mlp-weighted", List.of(
          trainer("lear-wide", market, pool), trainer("mlp", market, pool)), new double[] {0.8, 0.2});
      case "naive-weekly" -> new NaiveTrainer(NaiveTrainer.Kind.WEEKLY, market.availabilityLagDays());
      case "naive-standard" -> new NaiveTrainer(NaiveTrainer.Kind.STANDARD, market.availabilityLagDays());
      default -> throw new IllegalArgumentException("unknown model '" + name + "'; choose one of " + NAMES);
    };
  }

  /** Days of recent errors behind a point model's quantiles in a run ({@code ModelPriceForecaster}). */
  public static final int ERROR_MEMORY_DAYS = 28;

  /**
   * Days of prices a recipe reads before the day it forecasts: its longest calibration window
   * ({@link PriceModelTrainer#calibrationWindowDays}) and what a trained model reads ({@link
   * #trainedModelHistoryDays}). The daily run, the backtest, the sweep, the cloud service and the retrain job all read
   * this many ({@code ModelPriceForecaster.recalibrating(name, market, pool)}), so a recipe calibrates on the same
   * window wherever it runs.
   */
  public static int historyDays(PriceModelTrainer trainer, MarketProfile market) {
    return trainer.calibrationWindowDays() + trainedModelHistoryDays(market);
  }

  /**
   * Days of prices an already trained model reads to forecast a day: the oldest lag its features use (D-7), the
   * market's availability lag and the {@value #ERROR_MEMORY_DAYS} days of recent errors behind its quantiles, with a
   * week to spare for missing days.
   */
  public static int trainedModelHistoryDays(MarketProfile market) {
    return 7 + market.availabilityLagDays() + ERROR_MEMORY_DAYS + 7;
  }

  /**
   * One LEAR recipe per window of {@code lear-wide} (each capped at the history), fitted on the prices minus the
   * window's long-term seasonal component when {@code seasonalFilter} is not null.
   */
  private static List<LearTrainer> wideMembers(MarketProfile market, ForkJoinPool pool,
      HodrickPrescott seasonalFilter) {
    return market.learWideWindowsDays().stream().map(w -> new LearTrainer(w, market.learFeatures(),
        market.availabilityLagDays(), new LassoAicPath(), pool, true, seasonalFilter)).toList();
  }

  /**
   * {@code lear-wide-hlH}: the members with each training day weighted by {@code 0.5^(age / H)} (GB section of
   * docs/price-forecasting.md).
   */
  private static List<LearTrainer> recencyWeighted(List<LearTrainer> members, int halfLifeDays) {
    return members.stream().map(m -> m.withRecencyHalfLifeDays(halfLifeDays)).toList();
  }

  /** Days between recalibrations of a rolling evaluation unless told: 7 for gbm, else 1 (daily, as LEAR). */
  public static int defaultRecalibrationEveryDays(String name) {
    return "gbm".equals(name) ? 7 : 1;
  }

  /** Rolling evaluation of a recipe over from..to (see {@link RollingEvaluation}). */
  public static RollingEvaluation.Result evaluate(DailySeries data, PriceModelTrainer trainer, LocalDate from,
      LocalDate to, RollingEvaluation.Options options, java.util.function.Consumer<RollingEvaluation.Progress> p) {
    return new RollingEvaluation(options, p).run(data, trainer, from, to);
  }

  /**
   * Calibrates the recipe on what is known before {@code forecastFrom} and returns it as a model file. When an
   * evaluation of the same recipe ending just before {@code forecastFrom} is given, its metrics and its recent
   * out-of-sample errors (the quantile offsets of point models) go into the file.
   */
  public static ModelFile train(DailySeries data, String dataSha256, PriceModelTrainer trainer,
      LocalDate forecastFrom, RollingEvaluation.Result evaluation, Map<String, Object> hyperParameters,
      List<String> features) {
    LocalDate lastKnown = forecastFrom.minusDays(trainer.availabilityLagDays());
    DailySeries known = (data.missingPrices() > 0 ? data.withGapsInterpolated() : data)
        .knownUpTo(lastKnown, forecastFrom.isAfter(data.lastDay()) ? data.lastDay() : forecastFrom);
    DailySeries extended = known;
    if (forecastFrom.isAfter(known.lastDay())) {
      extended = padTo(known, forecastFrom);
    }
    PriceModel model = trainer.train(extended, forecastFrom);
    Map<String, Double> metrics = new LinkedHashMap<>();
    String period = null;
    ModelFile.ResidualQuantileOffsets offsets = null;
    if (evaluation != null) {
      metrics.put("mae", evaluation.metrics().mae());
      metrics.put("rmae", evaluation.metrics().rmae());
      metrics.put("smape", evaluation.metrics().smapePercent());
      metrics.put("rmse", evaluation.metrics().rmse());
      if (!Double.isNaN(evaluation.coverage10to90())) {
        metrics.put("coverage_10_90", evaluation.coverage10to90());
      }
      period = evaluation.from() + ".." + evaluation.to() + " (" + evaluation.days() + " days, rolling)";
      if (evaluation.lastResidualOffsets() != null) {
        offsets = new ModelFile.ResidualQuantileOffsets(evaluation.levels(), evaluation.lastResidualOffsets(), 56);
      }
    }
    LocalDate trainFrom = known.firstDay();
    Provenance provenance = new Provenance(data.name(), dataSha256, trainFrom, lastKnown, forecastFrom,
        Instant.now(), features, hyperParameters, Provenance.currentLibraryVersions(), metrics, period);
    return ModelFiles.of(model, trainer.availabilityLagDays(), provenance, offsets,
        evaluation == null ? 0 : evaluation.lastBandWideningGbpPerMWh());
  }

  /** Adds days with missing prices (and missing exogenous values) up to {@code last}. */
  static DailySeries padTo(DailySeries s, LocalDate last) {
    int days = s.indexOf(last) + 1;
    double[][] p = new double[days][24];
    double[][][] x = new double[s.exogenousCount()][days][24];
    for (int d = 0; d < days; d++) {
      for (int h = 0; h < 24; h++) {
        p[d][h] = d < s.days() ? s.price(d, h) : Double.NaN;
        for (int k = 0; k < s.exogenousCount(); k++) {
          x[k][d][h] = d < s.days() ? s.exogenous(k, d, h) : Double.NaN;
        }
      }
    }
    return new DailySeries(s.name(), s.firstDay(), p, s.exogenousNames(), x);
  }

  /** SHA-256 of a data file, for provenance. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
