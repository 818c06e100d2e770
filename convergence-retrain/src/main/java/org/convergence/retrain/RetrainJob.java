package org.convergence.retrain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.store.ModelRecord;
import org.convergence.core.store.ModelRegistry;
import org.convergence.core.time.MarketDay;
import org.convergence.model.archive.ChampionRecord;
import org.convergence.model.archive.ModelArchive;
import org.convergence.core.price.PublishedPrices;
import org.convergence.model.selection.ChampionChallenger;
import org.convergence.model.selection.Evaluation;
import org.convergence.model.selection.RollingEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One retrain: train the configured model on the history known now, evaluate it against the current champion on
 * the last {@code evaluationDays} complete market days (both recalibrated every day on what was known before that
 * day's gate), store the new model with its provenance and evaluation, and promote it only when it is better.
 */
public final class RetrainJob {
  private static final Logger LOG = LoggerFactory.getLogger(RetrainJob.class);
  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss'z'")
      .withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  private final PriceHistory history;
  private final PriceModels models;
  private final ModelArchive archive;
  private final ChampionChallenger policy;
  private final int evaluationDays;
  private final Clock clock;
  private final Optional<ModelRegistry> registry;

  public RetrainJob(PriceHistory history, PriceModels models, ModelArchive archive, ChampionChallenger policy,
      int evaluationDays, Clock clock) {
    this(history, models, archive, policy, evaluationDays, clock, Optional.empty());
  }

  /**
   * @param registry where models are also recorded with their metrics and location (the database), if any
   */
  public RetrainJob(PriceHistory history, PriceModels models, ModelArchive archive, ChampionChallenger policy,
      int evaluationDays, Clock clock, Optional<ModelRegistry> registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.history = Objects.requireNonNull(history, "history");
    this.models = Objects.requireNonNull(models, "models");
    this.archive = Objects.requireNonNull(archive, "archive");
    this.policy = Objects.requireNonNull(policy, "policy");
    if (evaluationDays < 1) {
      throw new IllegalArgumentException("evaluation days must be at least 1, was " + evaluationDays);
    }
    this.evaluationDays = evaluationDays;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public RetrainResult run(String modelName) throws IOException {
    Instant now = clock.instant();
    // the last market day whose delivery has ended: its clearing prices can be known
    MarketDay to = MarketDay.delivering(now).previous();
    MarketDay from = to.minusDays(evaluationDays - 1L);
    String modelId = modelName + "-" + ID_TIME.format(now);

    LOG.info("training {} on the history known at {}", modelName, now);
    TrainedModel trained = models.train(modelName, PublishedPrices.asOf(history, now), now);
    if (!trained.modelName().equals(modelName)) {
      throw new IllegalStateException("asked to train " + modelName + ", got " + trained.modelName());
    }

    Optional<ChampionRecord> champion = archive.champion();
    RollingEvaluator evaluator = new RollingEvaluator(history, models.planning());
    LOG.info("evaluating challenger {} on {}..{}", modelId, from, to);
    Evaluation challengerEval = rename(evaluator.evaluate(models.recalibrating(modelName), from, to), modelId);
    Optional<Evaluation> championEval = Optional.empty();
    if (champion.isPresent()) {
      String championId = champion.get().modelId();
      String championModel;
      try {
        championModel = models.modelNameOf(archive.modelFile(championId));
      } catch (IOException e) {
        throw new IOException("cannot read the champion " + championId + " from " + archive.root() + ": "
            + e.getMessage(), e);
      }
      LOG.info("evaluating champion {} ({}) on {}..{}", championId, championModel, from, to);
      championEval = Optional.of(rename(evaluator.evaluate(models.recalibrating(championModel), from, to),
          championId));
    }
    ChampionChallenger.Decision decision = policy.decide(challengerEval, championEval);
    LOG.info("decision: {}", decision.reason());

    archive.store(modelId, trained.modelFile(), trained.provenanceJson());
    archive.storeEvaluation(modelId, evaluationJson(modelId, from, to, challengerEval, championEval, decision, now));
    if (decision.promote()) {
      archive.promote(new ChampionRecord(modelId, modelName, now, decision.reason()));
      LOG.info("promoted {} to champion", modelId);
    }
    if (registry.isPresent()) {
      // after the archive: the service loads what champion.json names; the registry records it for audit and plots
      registry.get().register(new ModelRecord(modelId, now, trained.trainedFrom(), trained.trainedTo(),
          registryMetrics(challengerEval, championEval, decision),
          archive.root().resolve(modelId).resolve(ModelArchive.MODEL_FILE).toUri().toString(), false));
      if (decision.promote()) {
        registry.get().promote(modelId);
      }
    }
    return new RetrainResult(modelId, decision);
  }

  private static Map<String, Double> registryMetrics(Evaluation challenger, Optional<Evaluation> champion,
      ChampionChallenger.Decision d) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("eval_days", (double) d.days().size());
    m.put("promoted", d.promote() ? 1.0 : 0.0);
    m.put("mae_gbp_per_mwh", challenger.maeGbpPerMWh());
    m.put("rmse_gbp_per_mwh", challenger.rmseGbpPerMWh());
    champion.ifPresent(c -> m.put("champion_mae_gbp_per_mwh", c.maeGbpPerMWh()));
    m.values().removeIf(v -> !Double.isFinite(v));
    return m;
  }

  private static Evaluation rename(Evaluation e, String id) {
    return new Evaluation(id, e.errors());
  }

  private byte[] evaluationJson(String modelId, MarketDay from, MarketDay to, Evaluation challenger,
      Optional<Evaluation> champion, ChampionChallenger.Decision d, Instant now) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("model_id", modelId);
    out.put("evaluated_at", now.toString());
    out.put("method", "rolling daily recalibration, each day forecast at " + models.planning()
        + " on the history known then");
    out.put("test_from", from.toString());
    out.put("test_to", to.toString());
    out.put("days", d.days().size());
    out.put("challenger", metrics(challenger));
    out.put("champion", champion.map(RetrainJob::metrics).orElse(null));
    out.put("promote", d.promote());
    out.put("reason", d.reason());
    return JSON.writeValueAsBytes(out);
  }

  private static Map<String, Object> metrics(Evaluation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model_id", e.modelId());
    m.put("hours", e.errors().size());
    m.put("mae_gbp_per_mwh", e.maeGbpPerMWh());
    m.put("rmse_gbp_per_mwh", e.rmseGbpPerMWh());
    return m;
  }
}
