package org.convergence.beam;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.convergence.connectors.settings.SettingsException;
import org.convergence.connectors.wiring.BadDataException;
import org.convergence.connectors.wiring.QuietLibraries;

/**
 * {@code ./convergence sweep --plan FILE.yaml [--out DIR] [--benchmark] [-- BEAM_OPTIONS...]}: runs a sweep plan
 * (docs/sweeps.md) as a Beam pipeline, on the direct runner in this process unless the options after {@code --}
 * name another ({@code --runner=DataflowRunner --project=... --region=... --tempLocation=gs://...}), prints the
 * progress (elements done / total) on the terminal for the direct runner, then the ranking. Exit codes as the local
 * runner's table: 0 done, 1 failed, 2 usage.
 */
public final class SweepMain {
  static final int DONE = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private SweepMain() {}

  public static void main(String[] args) {
    QuietLibraries.apply(); // Smile's per-tree INFO lines off the terminal, as in every command
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  static final String USAGE_TEXT = "usage: ./convergence sweep --plan FILE.yaml [--out DIR] [--benchmark]"
      + " [-- BEAM_OPTIONS...]\n"
      + "  --plan FILE   the sweep plan (docs/sweeps.md)\n"
      + "  --out DIR     where results go, a folder or a bucket URL (default: sweep-results/<plan name>); a rerun"
      + " skips the configurations already there\n"
      + "  --benchmark   time the same backtests one after another in this JVM against the pipeline (into a fresh"
      + " temporary --out), and check their figures are equal\n"
      + "  -- ...        Beam pipeline options, e.g. --targetParallelism=2, or --runner=DataflowRunner --project=P"
      + " --region=R --tempLocation=gs://B/tmp";

  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    Path plan = null;
    String outDir = null;
    boolean benchmark = false;
    List<String> beam = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        beam.addAll(List.of(args).subList(i + 1, args.length));
        break;
      } else if (a.equals("--plan") && i + 1 < args.length) {
        plan = Path.of(args[++i]);
      } else if (a.equals("--out") && i + 1 < args.length) {
        outDir = args[++i];
      } else if (a.equals("--benchmark")) {
        benchmark = true;
      } else if (a.equals("-h") || a.equals("--help")) {
        out.println(USAGE_TEXT);
        return DONE;
      } else {
        err.println("error: unknown or incomplete option '" + a + "'\n" + USAGE_TEXT);
        return USAGE;
      }
    }
    if (plan == null) {
      err.println("error: --plan FILE is required\n" + USAGE_TEXT);
      return USAGE;
    }
    try {
      SweepPlan p = SweepPlan.load(plan);
      String name = plan.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      String target = outDir != null ? outDir : Path.of("sweep-results", name).toString();
      PipelineOptions options;
      try {
        options = PipelineOptionsFactory.fromArgs(beam.toArray(String[]::new)).withValidation().create();
        // the runner checks its own options before anything runs (Dataflow: --project, --region, --tempLocation)
        org.apache.beam.sdk.PipelineRunner.fromOptions(options);
      } catch (IllegalArgumentException e) {
        err.println("error: Beam options after --: " + e.getMessage());
        return USAGE;
      }
      FileSystems.setDefaultPipelineOptions(options);
      if (benchmark) {
        return SweepBenchmark.run(p, plan, env, options, out, err);
      }
      return sweep(p, plan, env, target, options, out, err);
    } catch (SweepPlan.PlanException | SettingsException | BadDataException e) {
      err.println("error: " + e.getMessage());
      return FAILED;
    }
  }

  /**
   * Runs the plan's pending configurations and evaluations into {@code target} and prints the ranking of all of
   * them.
   */
  static int sweep(SweepPlan p, Path plan, Map<String, String> env, String target, PipelineOptions options,
      PrintStream out, PrintStream err) {
    SweepContext ctx = p.context(plan, env, target);
    List<SweepConfiguration> configs = p.configurations(plan, ctx);
    List<BlockTask> tasks = new ArrayList<>();
    int finished = 0;
    for (SweepConfiguration c : configs) {
      if (SweepOutput.done(ctx, c).isPresent()) {
        finished++;
      } else {
        tasks.addAll(p.tasks(c));
      }
    }
    List<EvaluationTask> allEvaluations = p.evaluationTasks(plan);
    List<EvaluationTask.Spec> specs = allEvaluations.stream().map(EvaluationTask::spec).distinct().toList();
    List<EvaluationTask> evaluations = new ArrayList<>();
    int evaluated = 0;
    for (EvaluationTask.Spec e : specs) {
      if (SweepOutput.evaluationDone(target, e).isPresent()) {
        evaluated++;
      } else {
        allEvaluations.stream().filter(t -> t.spec().equals(e)).forEach(evaluations::add);
      }
    }
    if (!configs.isEmpty()) {
      err.printf(Locale.ROOT, "sweep: %d configurations x %d blocks of %s .. %s; %d already in %s (skipped):"
          + " %d elements to run%n", configs.size(), p.blocks().size(), p.period().from(), p.period().to(),
          finished, target, tasks.size());
    }
    if (!specs.isEmpty()) {
      err.printf(Locale.ROOT, "sweep: %d price-model evaluations in %d blocks; %d already in %s (skipped):"
          + " %d elements to run%n", specs.size(), allEvaluations.size(), evaluated, target, evaluations.size());
    }
    if ((!tasks.isEmpty() || !evaluations.isEmpty()) && !runPipeline(options, ctx, tasks, evaluations, err)) {
      return FAILED;
    }
    if (!configs.isEmpty()) {
      List<JsonNode> summaries = new ArrayList<>();
      for (SweepConfiguration c : configs) {
        Optional<JsonNode> d = SweepOutput.done(ctx, c);
        if (d.isEmpty()) {
          err.println("error: configuration " + c.id() + " has no result in " + target);
          return FAILED;
        }
        summaries.add(d.get());
      }
      List<String> ranking = SweepOutput.writeRanking(target, summaries);
      out.printf(Locale.ROOT, "Ranking of %d configurations, %s .. %s, by value added over none (GBP):%n",
          configs.size(), p.period().from(), p.period().to());
      out.print(SweepOutput.rankingTable(ranking));
      out.println("Files: " + target + "/ranking.csv; per configuration " + target
          + "/configurations/<configuration>.{txt,json} (the tables and JSON ./convergence backtest prints)");
    }
    if (!specs.isEmpty()) {
      List<JsonNode> summaries = new ArrayList<>();
      for (EvaluationTask.Spec e : specs) {
        Optional<JsonNode> d = SweepOutput.evaluationDone(target, e);
        if (d.isEmpty()) {
          err.println("error: evaluation " + e.id() + " has no result in " + target);
          return FAILED;
        }
        summaries.add(d.get());
      }
      List<String> ranking = SweepOutput.writeEvaluationRanking(target,
          p.evaluations().stream().map(SweepPlan.Evaluation::name).toList(), summaries);
      out.printf(Locale.ROOT, "Price-model evaluations (%d), each evaluation's models by MAE:%n", specs.size());
      out.print(SweepOutput.evaluationTable(ranking));
      out.println("Files: " + target + "/evaluations.csv; per evaluation and model " + target
          + "/evaluations/<evaluation>__<model>.{txt,json,forecasts.csv} (what ./convergence evaluate prices"
          + " prints, and its --forecasts-out)");
    }
    out.flush();
    return DONE;
  }

  /** Runs the backtest elements alone (the benchmark). */
  static boolean runPipeline(PipelineOptions options, SweepContext ctx, List<BlockTask> tasks, PrintStream err) {
    return runPipeline(options, ctx, tasks, List.of(), err);
  }

  /** Runs the pipeline to its end; on the direct runner prints elements done / total while it runs. */
  static boolean runPipeline(PipelineOptions options, SweepContext ctx, List<BlockTask> tasks,
      List<EvaluationTask> evaluations, PrintStream err) {
    int total = tasks.size() + evaluations.size();
    boolean direct = options.getRunner() == null || options.getRunner().equals(DirectRunner.class);
    if (direct) {
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
    Pipeline pipeline = SweepPipeline.build(options, ctx, tasks, evaluations);
    long started = System.nanoTime();
    PipelineResult.State state;
    try {
      PipelineResult result = pipeline.run();
      if (direct) {
        long last = -1;
        while (!result.getState().isTerminal()) {
          result.waitUntilFinish(org.joda.time.Duration.millis(1000));
          long done = blocksDone(result);
          if (done != last) {
            err.printf(Locale.ROOT, "sweep: %d / %d elements done (%.0f s)%n", done, total,
                (System.nanoTime() - started) / 1e9);
            last = done;
          }
        }
      }
      state = result.waitUntilFinish();
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      err.println("error: the sweep failed: " + cause.getMessage());
      return false;
    }
    if (state != PipelineResult.State.DONE) {
      err.println("error: the sweep ended " + state);
      return false;
    }
    return true;
  }

  private static long blocksDone(PipelineResult result) {
    try {
      MetricQueryResults m = result.metrics().queryMetrics(MetricsFilter.builder()
          .addNameFilter(MetricNameFilter.named(SweepPipeline.NAMESPACE, SweepPipeline.BLOCKS_DONE)).build());
      long n = 0;
      for (MetricResult<Long> c : m.getCounters()) {
        n += c.getAttempted();
      }
      return n;
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
