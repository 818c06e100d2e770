package org.convergence.beam;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptions;
import org.convergence.connectors.report.BacktestReport;

/**
 * {@code ./convergence sweep --plan FILE --benchmark [-- BEAM_OPTIONS]}: wall time of the plan's backtests one after
 * another in this JVM (each configuration one backtest over the whole period, on one thread: the baseline), against
 * the pipeline on the given runner into a fresh temporary folder; then every configuration's figures are compared
 * (the JSON {@code backtest} prints, to the penny). The pipeline runs first, so the baseline has the warmer JVM; the
 * worker caches are emptied in between.
 */
final class SweepBenchmark {
  private SweepBenchmark() {}

  static int run(SweepPlan p, Path plan, Map<String, String> env, PipelineOptions options, PrintStream out,
      PrintStream err) {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("convergence-sweep-benchmark");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SweepContext ctx = p.context(plan, env, tmp.toString());
    List<SweepConfiguration> configs = p.configurations(plan, ctx);
    List<BlockTask> tasks = new ArrayList<>();
    configs.forEach(c -> tasks.addAll(p.tasks(c)));
    BlockRunner.forget();
    long t0 = System.nanoTime();
    if (!SweepMain.runPipeline(options, ctx, tasks, err)) {
      return SweepMain.FAILED;
    }
    long t1 = System.nanoTime();
    BlockRunner.forget();
    List<String> sequential = new ArrayList<>();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t2 = System.nanoTime();
    for (SweepConfiguration c : configs) {
      BlockTask whole = new BlockTask(c, 0, p.period().from(), p.period().from(), p.period().to());
      ConfigurationJoin.Joined j = ConfigurationJoin.join(ctx, List.of(BlockRunner.run(ctx, whole)));
      sequential.add(BacktestReport.toJson(j.result(), j.sources()) + "\n");
    }
    long t3 = System.nanoTime();
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    int differ = 0;
    for (int i = 0; i < configs.size(); i++) {
      String swept = SweepOutput.configurationFile(tmp.toString(), configs.get(i).id() + ".json").orElse("");
      if (!swept.equals(sequential.get(i))) {
        differ++;
        err.println("error: configuration " + configs.get(i).id() + ": the sweep's figures differ from one backtest");
      }
    }
    double pipeline = (t1 - t0) / 1e9;
    double oneByOne = (t3 - t2) / 1e9;
    out.printf(Locale.ROOT, "sweep benchmark: %d configurations x %s .. %s (%d elements of %d days, %d warm-up),"
        + " %d processors, runner options %s%n", configs.size(), p.period().from(), p.period().to(), tasks.size(),
        p.blockDays(), p.warmupDays(), Runtime.getRuntime().availableProcessors(), options.getRunner().getSimpleName());
    out.printf(Locale.ROOT, "one after another, one JVM, one thread: %.1f s; pipeline: %.1f s; speed-up %.2fx;"
        + " figures equal in %d of %d configurations%n", oneByOne, pipeline, oneByOne / pipeline,
        configs.size() - differ, configs.size());
    long configurationDays = configs.size() * (p.period().to().toEpochDay() - p.period().from().toEpochDay() + 1);
    out.printf(Locale.ROOT, "one after another: %.1f s of CPU on its thread for %d configuration-days = %.3f CPU s"
        + " a configuration-day (the basis of the Dataflow estimate in docs/sweeps.md); load average %.1f%n", cpu,
        configurationDays, cpu / configurationDays,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.flush();
    return differ == 0 ? SweepMain.DONE : SweepMain.FAILED;
  }
}
