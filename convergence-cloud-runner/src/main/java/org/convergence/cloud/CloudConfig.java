package org.convergence.cloud;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The service's configuration, from environment variables (Cloud Run fills the secret ones from Secret Manager).
 *
 * <table>
 *   <tr><td>{@code PORT}</td><td>port to listen on (Cloud Run sets it; default 8080)</td></tr>
 *   <tr><td>{@code CONVERGENCE_SETTINGS}</td><td>settings.yaml to load (default {@code settings.yaml})</td></tr>
 *   <tr><td>{@code CONVERGENCE_BUCKET}</td><td>bucket holding {@code models/} and {@code dashboard/data/}</td></tr>
 *   <tr><td>{@code CONVERGENCE_MODEL_LOCATION}, {@code CONVERGENCE_DASHBOARD_LOCATION}</td><td>override either
 *   ({@code gs://bucket/prefix} or a local directory); without bucket or override: settings.yaml's
 *   {@code prices.model_dir} and {@code dashboard.data_dir}</td></tr>
 *   <tr><td>{@code CONVERGENCE_OIDC_AUDIENCE}, {@code CONVERGENCE_OIDC_INVOKER}</td><td>OIDC audience of
 *   {@code /update} tokens, and optionally the one service account allowed to call it</td></tr>
 *   <tr><td>{@code CONVERGENCE_UPDATE_TOKEN}</td><td>local bearer token for {@code /update}</td></tr>
 *   <tr><td>{@code CONVERGENCE_CLOUDSQL_INSTANCE}, {@code CONVERGENCE_DB_NAME}, {@code CONVERGENCE_DB_USER},
 *   {@code CONVERGENCE_DB_PASSWORD}</td><td>Cloud SQL for MySQL through the socket factory (instance connection
 *   name {@code project:region:instance}; database default {@code convergence})</td></tr>
 * </table>
 */
public record CloudConfig(
    int port,
    String settingsFile,
    Optional<String> modelLocation,
    Optional<String> dashboardLocation,
    Optional<String> oidcAudience,
    Optional<String> oidcInvoker,
    Optional<String> updateToken,
    Optional<CloudSqlSettings> cloudSql) {

  public static final int DEFAULT_PORT = 8080;

  public CloudConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("PORT must be 0..65535, was " + port);
    }
    Objects.requireNonNull(settingsFile, "settingsFile");
  }

  public static CloudConfig fromEnvironment(Map<String, String> env) {
    Optional<String> bucket = value(env, "CONVERGENCE_BUCKET").map(CloudConfig::bucketName);
    int port;
    try {
      port = value(env, "PORT").map(Integer::parseInt).orElse(DEFAULT_PORT);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PORT must be a number, was '" + env.get("PORT") + "'");
    }
    Optional<CloudSqlSettings> sql = value(env, "CONVERGENCE_CLOUDSQL_INSTANCE").map(instance ->
        new CloudSqlSettings(instance, value(env, "CONVERGENCE_DB_NAME").orElse("convergence"),
            value(env, "CONVERGENCE_DB_USER").orElseThrow(() -> new IllegalArgumentException(
                "CONVERGENCE_CLOUDSQL_INSTANCE is set but CONVERGENCE_DB_USER is not")),
            value(env, "CONVERGENCE_DB_PASSWORD").orElse("")));
    return new CloudConfig(port,
        value(env, "CONVERGENCE_SETTINGS").orElse("settings.yaml"),
        value(env, "CONVERGENCE_MODEL_LOCATION").or(() -> bucket.map(b -> "gs://" + b + "/models")),
        value(env, "CONVERGENCE_DASHBOARD_LOCATION").or(() -> bucket.map(b -> "gs://" + b + "/dashboard/data")),
        value(env, "CONVERGENCE_OIDC_AUDIENCE"),
        value(env, "CONVERGENCE_OIDC_INVOKER"),
        value(env, "CONVERGENCE_UPDATE_TOKEN"),
        sql);
  }

  /** Accepts {@code name} or {@code gs://name}. */
  static String bucketName(String s) {
    String b = s.startsWith("gs://") ? s.substring(5) : s;
    b = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    if (!b.matches("[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]")) {
      throw new IllegalArgumentException("CONVERGENCE_BUCKET is not a bucket name: '" + s + "'");
    }
    return b;
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  @Override
  public String toString() {
    return "CloudConfig[port=" + port + ", settings=" + settingsFile + ", models=" + modelLocation.orElse("(settings)")
        + ", dashboard=" + dashboardLocation.orElse("(settings)") + ", oidcAudience=" + oidcAudience.orElse("")
        + ", oidcInvoker=" + oidcInvoker.orElse("") + ", updateToken=" + (updateToken.isPresent() ? "***" : "")
        + ", cloudSql=" + cloudSql.map(CloudSqlSettings::toString).orElse("") + "]";
  }
}
