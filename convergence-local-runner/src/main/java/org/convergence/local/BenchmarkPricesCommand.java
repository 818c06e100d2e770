package org.convergence.local;

import com.google.common.base.Stopwatch;
import java.io.IOException;
import java.io.PrintWriter;
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
 * {@code ./convergence benchmark prices --data NP.csv --day 2017-06-01}: wall time of one day's recalibration and
 * forecast (LEAR ensemble by default), after warm-up runs, as min / median / max over the measured runs.
 */
@Command(name = "prices", mixinStandardHelpOptions = true,
    description = "Time one day's recalibration and forecast of a price model (ms).")
public final class BenchmarkPricesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, description = "epftoolbox CSV or GB AIMLAC hourly CSV")
  Path data;

  @Option(names = "--day", required = true, description = "the day to forecast (ISO date)")
  LocalDate day;

  @Option(names = "--model", defaultValue = "lear", description = "lear, gbm, naive-weekly, naive-standard")
  String model;

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
      DailySeries known = series.knownUpTo(day.minusDays(trainer.availabilityLagDays()), day, trainer.partialDayHours());
      double[] ms = new double[runs];
      DayForecast last = null;
      for (int i = -warmUp; i < runs; i++) {
        Stopwatch run = Stopwatch.createStarted();
        PriceModel m = trainer.train(known, day);
        last = m.forecast(known, day);
        if (i >= 0) {
          ms[i] = run.elapsed().toNanos() / 1e6;
        }
      }
      Arrays.sort(ms);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s on %s, day %s, %d threads: recalibration + forecast min %.0f ms, median %.0f ms,"
          + " max %.0f ms over %d runs%n", model, series.name(), day, threads, ms[0], ms[runs / 2], ms[runs - 1],
          runs);
      out.printf(Locale.ROOT, "forecast hour 0..23: %s%n", Arrays.toString(Arrays.stream(last.pointByHour())
          .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toArray()));
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), e);
    } finally {
      pool.shutdown();
    }
  }

}
