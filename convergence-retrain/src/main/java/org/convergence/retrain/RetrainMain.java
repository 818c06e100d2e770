package org.convergence.retrain;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import org.convergence.model.archive.ModelArchive;
import org.convergence.model.selection.ChampionChallenger;

/**
 * Cloud Run Job entry point. Exit status: 0 when a model was trained, evaluated and stored (promoted or not);
 * {@value #EXIT_FAILED} when the run failed (Cloud Run retries the task); {@value #EXIT_CONFIGURATION} when the
 * configuration is wrong (a retry will not help, but the execution is marked failed all the same).
 */
public final class RetrainMain {
  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_CONFIGURATION = 2;

  private RetrainMain() {}

  public static void main(String[] args) {
    System.exit(run(System.getenv(), Clock.systemUTC(), new SettingsWiring(System.getenv(), Clock.systemUTC()), System.out, System.err));
  }

  /** Builds the job's parts from settings and the environment. */
  public interface Wiring {
    /** The configured model name, the price history and the models, for this configuration. */
    Parts parts(RetrainConfig config) throws Exception;

    /** Where the archive lives when no bucket or location is set. */
    String defaultModelLocation(RetrainConfig config) throws Exception;
  }

  /** The pieces one retrain needs; the registry (a database) is closed when the job ends. */
  public record Parts(String modelName, org.convergence.core.price.PriceHistory history, PriceModels models,
      java.util.Optional<org.convergence.core.store.ConvergenceStore> registry) implements AutoCloseable {
    @Override
    public void close() {
      registry.ifPresent(org.convergence.core.store.ConvergenceStore::close);
    }
  }

  static int run(Map<String, String> env, Clock clock, Wiring wiring, PrintStream out, PrintStream err) {
    RetrainConfig config;
    Parts parts;
    ModelArchive archive;
    try {
      config = RetrainConfig.fromEnvironment(env);
      parts = wiring.parts(config);
      archive = new ModelArchive(ModelArchive.resolve(config.modelLocation()
          .orElse(wiring.defaultModelLocation(config))));
    } catch (Exception e) {
      err.println("retrain: configuration error: " + e.getMessage());
      return EXIT_CONFIGURATION;
    }
    try (parts) {
      RetrainJob job = new RetrainJob(parts.history(), parts.models(), archive,
          new ChampionChallenger(config.minDays(), config.minRelativeImprovement()), config.evaluationDays(), clock,
          parts.registry().map(r -> r));
      RetrainResult r = job.run(parts.modelName());
      out.println("retrain: stored " + r.modelId() + " in " + archive.root().toUri() + "; "
          + (r.promoted() ? "PROMOTED" : "champion kept") + ": " + r.decision().reason());
      return EXIT_OK;
    } catch (Exception e) {
      err.println("retrain: failed: " + e);
      e.printStackTrace(err);
      return EXIT_FAILED;
    }
  }
}
