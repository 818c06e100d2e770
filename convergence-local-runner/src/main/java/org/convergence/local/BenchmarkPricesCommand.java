package org.convergence.local;

import com.google.common.base.Stopwatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.DayForecast;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModel;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.PriceModels;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.PriceDataReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./convergence benchmark prices --data NP.csv --day 2017-06-01 [--days 3]}: wall and CPU time of one day's
 * recalibration and forecast (LEAR ensemble by default), for each of {@code --days} consecutive days in this one
 * process, after warm-up runs on the first day, as min / median / max over the measured runs. Every run recalibrates
 * from the data (nothing is kept between runs or days). CPU time is the whole process's (JIT and GC threads
 * included), so it is not flattered by, and barely moved by, other jobs on the machine.
 */
@Command(name = "prices", mixinStandardHelpOptions = true,
    description = "Time one day's recalibration and forecast of a price model (ms).")
public final class BenchmarkPricesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, description = "epftoolbox CSV or GB AIMLAC hourly CSV")
  Path data;

  @Option(names = "--day", required = true, description = "the day to forecast (ISO date)")
  LocalDate day;

  @Option(names = "--model", defaultValue = "lear",
      description = "lear, lear-wide, gbm, naive-weekly, naive-standard, lear-scar, lear-wide-scar, lear-wide-hl91, "
          + "lear-wide-hl182, lear-wide-hl364, mlp, lear-wide-mlp or lear-wide-mlp-weighted")
  String model;

  @Option(names = "--days", defaultValue = "1", description = "consecutive days from --day, in this process")
  int days;

  @Option(names = "--warm-up", defaultValue = "1", description = "unmeasured runs first (JIT warm-up)")
  int warmUp;

  @Option(names = "--runs", defaultValue = "3", description = "measured runs")
  int runs;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads")
  int threads;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(data)) {
      throw new UserFacingException("data file not found: " + data);
    }
    DailySeries series = PriceDataReader.read(data);
    MarketProfile market = series.exogenousCount() == 0 ? MarketProfile.gb() : MarketProfile.epf();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      PriceModelTrainer trainer = PriceModels.trainer(model, market, pool);
      if (runs < 1 || days < 1 || warmUp < 0) {
        throw new UserFacingException("--runs and --days must be at least 1, --warm-up at least 0");
      }
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      PrintWriter out = spec.commandLine().getOut();
      double[] medianMs = new double[days];
      double[] medianCpuMs = new double[days];
      for (int k = 0; k < days; k++) {
        LocalDate target = day.plusDays(k);
        DailySeries known = series.knownUpTo(target.minusDays(trainer.availabilityLagDays()), target,
            trainer.partialDayHours());
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        DayForecast last = null;
        for (int i = k == 0 ? -warmUp : 0; i < runs; i++) {
          long cpu0 = os.getProcessCpuTime();
          Stopwatch run = Stopwatch.createStarted();
          PriceModel m = trainer.train(known, target);
          last = m.forecast(known, target);
          if (i >= 0) {
            ms[i] = run.elapsed().toNanos() / 1e6;
            cpuMs[i] = (os.getProcessCpuTime() - cpu0) / 1e6;
          }
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        medianMs[k] = ms[runs / 2];
        medianCpuMs[k] = cpuMs[runs / 2];
        out.printf(Locale.ROOT, "%s on %s, day %s, %d threads: recalibration + forecast min %.0f ms, median %.0f ms,"
            + " max %.0f ms over %d runs; cpu median %.0f ms%n", model, series.name(), target, threads, ms[0],
            ms[runs / 2], ms[runs - 1], runs, medianCpuMs[k]);
        out.printf(Locale.ROOT, "forecast hour 0..23: %s%n", Arrays.toString(Arrays.stream(last.pointByHour())
            .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toArray()));
      }
      if (days > 1) {
        out.printf(Locale.ROOT, "mean per day over %d days: wall %.0f ms, cpu %.0f ms%n", days,
            Arrays.stream(medianMs).average().orElseThrow(), Arrays.stream(medianCpuMs).average().orElseThrow());
      }
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), e);
    } finally {
      pool.shutdown();
    }
  }

}
