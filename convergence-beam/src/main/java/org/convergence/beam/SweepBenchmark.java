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
 * (the JSON {@code backtest} prints, to the penny). A short untimed block first loads the bundled data's static
 * caches and warms the JIT for both phases; the worker caches are emptied before each phase, and the forecasts
 * (spread calibrations, price forecasts) before each backtest of the baseline.
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
    if (configs.isEmpty()) {
      err.println("error: " + plan + ": --benchmark times the strategies' backtests; this plan has none (its"
          + " evaluations are not timed)");
      return SweepMain.USAGE;
    }
    List<BlockTask> tasks = new ArrayList<>();
    configs.forEach(c -> tasks.addAll(p.tasks(c)));
    // untimed: the bundled data's static caches and the JIT warmed for both phases alike
    SweepConfiguration first = configs.get(0);
    BlockRunner.run(ctx, new BlockTask(first, 0, p.period().from(), p.period().from(),
        p.period().from().plusDays(Math.min(6, p.period().to().toEpochDay() - p.period().from().toEpochDay()))));
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    BlockRunner.forget();
    List<String> sequential = new ArrayList<>();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long sequentialCpu0 = os.getProcessCpuTime();
    long t2 = System.nanoTime();
    for (SweepConfiguration c : configs) {
      BlockRunner.forgetForecasts(); // each backtest recalibrates as one of its own would (the data stay read)
      BlockTask whole = new BlockTask(c, 0, p.period().from(), p.period().from(), p.period().to());
      ConfigurationJoin.Joined j = ConfigurationJoin.join(ctx, List.of(BlockRunner.run(ctx, whole)));
      sequential.add(BacktestReport.toJson(j.result(), j.sources()) + "\n");
    }
    long t3 = System.nanoTime();
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double sequentialCpu = (os.getProcessCpuTime() - sequentialCpu0) / 1e9;

    BlockRunner.forget();
    long processCpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    if (!SweepMain.runPipeline(options, ctx, tasks, err)) {
      return SweepMain.FAILED;
    }
    long t1 = System.nanoTime();
    double pipelineCpu = (os.getProcessCpuTime() - processCpu0) / 1e9;
    long[] shared = BlockRunner.forecastsComputedReused();
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
    out.printf(Locale.ROOT, "CPU: one after another %.1f s in the process, %.1f s of it on the calling thread (%.3f s"
        + " a configuration-day in the process, %d configuration-days); pipeline %.1f s in the process; load average"
        + " %.1f (other processes share the cores)%n", sequentialCpu, cpu, sequentialCpu / configurationDays,
        configurationDays, pipelineCpu, os.getSystemLoadAverage());
    out.printf(Locale.ROOT, "forecasts in the pipeline: price %d computed, %d shared between configurations; spread %d"
        + " computed, %d shared%n", shared[0], shared[1], shared[2], shared[3]);
    out.flush();
    return differ == 0 ? SweepMain.DONE : SweepMain.FAILED;
  }
}
