package org.convergence.retrain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.convergence.persistence.DatabaseConfig;

/**
 * The retrain job's configuration, from environment variables.
 * <ul>
 *   <li>{@code CONVERGENCE_SETTINGS}: settings.yaml (default {@code settings.yaml}); its {@code prices.model} is the
 *   model trained, {@code prices.model_dir} the local archive when no bucket is set.</li>
 *   <li>{@code CONVERGENCE_BUCKET} (archive at {@code gs://BUCKET/models}) or {@code CONVERGENCE_MODEL_LOCATION}
 *   ({@code gs://...} or a directory).</li>
 *   <li>{@code CONVERGENCE_RETRAIN_EVAL_DAYS}: market days in the champion/challenger evaluation (default 28).</li>
 *   <li>{@code CONVERGENCE_RETRAIN_MIN_DAYS}: fewest evaluated days for a decision (default 7, at most the former).</li>
 *   <li>{@code CONVERGENCE_RETRAIN_MIN_IMPROVEMENT}: relative MAE improvement the challenger needs, 0..1 (default 0).
 *   </li>
 *   <li>{@code CONVERGENCE_PRICE_HISTORY}: where the clearing prices come from: {@code settings} (default: settings'
 *   {@code exchange.prices_file}, or the bundled GB prices), {@code elexon} (Elexon's APXMIDP index, no key) or
 *   {@code exchange} (the configured HTTP exchange's clearout prices).</li>
 *   <li>{@code CONVERGENCE_PRICE_HISTORY_DAYS}: market days fetched from Elexon or the exchange, up to yesterday
 *   (default 1500: enough for LEAR's longest 1456-day window).</li>
 *   <li>{@code CONVERGENCE_CLOUDSQL_INSTANCE} ({@code project:region:instance}), {@code CONVERGENCE_DB_NAME}
 *   (default {@code convergence}), {@code CONVERGENCE_DB_USER}, {@code CONVERGENCE_DB_PASSWORD}: the model registry
 *   in Cloud SQL; without them, settings.yaml's database (embedded H2 by default).</li>
 * </ul>
 */
public record RetrainConfig(String settingsFile, Optional<String> modelLocation, int evaluationDays, int minDays,
    double minRelativeImprovement, String historySource, int historyDays, Optional<DatabaseConfig> cloudSql) {
  public static final int DEFAULT_EVALUATION_DAYS = 28;
  public static final int DEFAULT_MIN_DAYS = 7;
  public static final int DEFAULT_HISTORY_DAYS = 1500;
  public static final java.util.Set<String> HISTORY_SOURCES = java.util.Set.of("settings", "elexon", "exchange");

  public RetrainConfig {
    Objects.requireNonNull(settingsFile, "settingsFile");
    Objects.requireNonNull(cloudSql, "cloudSql");
    if (evaluationDays < 1 || evaluationDays > 3660) {
      throw new IllegalArgumentException("CONVERGENCE_RETRAIN_EVAL_DAYS must be 1..3660, was " + evaluationDays);
    }
    if (minDays < 1 || minDays > evaluationDays) {
      throw new IllegalArgumentException("CONVERGENCE_RETRAIN_MIN_DAYS must be 1.." + evaluationDays + ", was "
          + minDays);
    }
    if (!(minRelativeImprovement >= 0 && minRelativeImprovement < 1)) {
      throw new IllegalArgumentException("CONVERGENCE_RETRAIN_MIN_IMPROVEMENT must be within [0, 1), was "
          + minRelativeImprovement);
    }
    if (!HISTORY_SOURCES.contains(historySource)) {
      throw new IllegalArgumentException("CONVERGENCE_PRICE_HISTORY must be one of " + HISTORY_SOURCES + ", was '"
          + historySource + "'");
    }
    if (historyDays < evaluationDays + 7 || historyDays > 20000) {
      throw new IllegalArgumentException("CONVERGENCE_PRICE_HISTORY_DAYS must be " + (evaluationDays + 7)
          + "..20000 (the evaluation days and a week more), was " + historyDays);
    }
  }

  public static RetrainConfig fromEnvironment(Map<String, String> env) {
    int evalDays = integer(env, "CONVERGENCE_RETRAIN_EVAL_DAYS", DEFAULT_EVALUATION_DAYS);
    Optional<String> bucket = value(env, "CONVERGENCE_BUCKET").map(b -> {
      String name = b.startsWith("gs://") ? b.substring(5) : b;
      name = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
      if (!name.matches("[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]")) {
        throw new IllegalArgumentException("CONVERGENCE_BUCKET is not a bucket name: '" + b + "'");
      }
      return name;
    });
    double minImprovement;
    try {
      minImprovement = value(env, "CONVERGENCE_RETRAIN_MIN_IMPROVEMENT").map(Double::parseDouble).orElse(0.0);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("CONVERGENCE_RETRAIN_MIN_IMPROVEMENT must be a number, was '"
          + env.get("CONVERGENCE_RETRAIN_MIN_IMPROVEMENT") + "'");
    }
    return new RetrainConfig(value(env, "CONVERGENCE_SETTINGS").orElse("settings.yaml"),
        value(env, "CONVERGENCE_MODEL_LOCATION").or(() -> bucket.map(b -> "gs://" + b + "/models")),
        evalDays,
        integer(env, "CONVERGENCE_RETRAIN_MIN_DAYS", Math.min(DEFAULT_MIN_DAYS, evalDays)),
        minImprovement,
        value(env, "CONVERGENCE_PRICE_HISTORY").orElse("settings"),
        integer(env, "CONVERGENCE_PRICE_HISTORY_DAYS", Math.max(DEFAULT_HISTORY_DAYS, evalDays + 7)),
        value(env, "CONVERGENCE_CLOUDSQL_INSTANCE").map(instance -> DatabaseConfig.cloudSql(instance,
            value(env, "CONVERGENCE_DB_NAME").orElse("convergence"),
            value(env, "CONVERGENCE_DB_USER").orElseThrow(() -> new IllegalArgumentException(
                "CONVERGENCE_CLOUDSQL_INSTANCE is set but CONVERGENCE_DB_USER is not")),
            value(env, "CONVERGENCE_DB_PASSWORD").orElse(""))));
  }

  private static int integer(Map<String, String> env, String name, int dflt) {
    try {
      return value(env, name).map(Integer::parseInt).orElse(dflt);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + env.get(name) + "'");
    }
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
