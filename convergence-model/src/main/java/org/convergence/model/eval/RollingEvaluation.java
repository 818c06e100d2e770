package org.convergence.model.eval;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.convergence.model.DayForecast;
import org.convergence.model.PriceModel;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.data.DailySeries;

/**
 * Rolling evaluation with no look-ahead: for every day T of the test period the trainer sees only
 * {@code series.knownUpTo(T - lag, T, partialDayHours)} (prices after T - lag masked, but for the trainer's
 * {@link PriceModelTrainer#partialDayHours} first hours of the next day: on GB the hours of D-1 published by the
 * run's as-of time), gaps interpolated within that view only, recalibrates every
 * {@code recalibrateEveryDays} days (1 = daily, as the LEAR paper), and forecasts T. Point forecasters get quantiles
 * from their own recent out-of-sample errors ({@link ResidualQuantiles}), fed only with days whose outcome was
 * known at T's gate; then every model's 10-90 % band (the residual band of a point model, a quantile model's own)
 * is conformalised over the same memory ({@link ConformalBand}: the residual band alone covered 72 % on GB 2021,
 * 77 % conformalised); a warm-up period before the test period (not scored) fills those memories.
 */
public final class RollingEvaluation {
  /** Evaluation settings. */
  public record Options(int recalibrateEveryDays, int warmUpDays, int residualMemoryDays, double[] levels) {
    public static Options daily() {
      return new Options(1, 0, 56, ResidualQuantiles.DEFAULT_LEVELS);
    }

    public Options withWarmUp(int days) {
      return new Options(recalibrateEveryDays, days, residualMemoryDays, levels);
    }

    public Options withRecalibrationEvery(int days) {
      return new Options(days, warmUpDays, residualMemoryDays, levels);
    }
  }

  /** One day done (for progress reporting). */
  public record Progress(LocalDate day, int done, int total, double elapsedSeconds, DayForecast forecast,
      double[] actual, boolean scored) {}

  /** The outcome: metrics over the test period and every scored forecast. */
  public record Result(String model, String dataset, LocalDate from, LocalDate to, PointMetrics metrics,
      double coverage10to90, double seconds, List<DayForecast> forecasts, double[][] actualByDayHour,
      PriceModel lastModel, double[][] lastResidualOffsets, double[] levels, double lastBandWideningGbpPerMWh) {
    public int days() {
      return forecasts.size();
    }

    public double[][] pointByDayHour() {
      return forecasts.stream().map(DayForecast::pointByHour).toArray(double[][]::new);
    }
  }

  /** A forecast day waiting until its outcome is known at a later gate. */
  private record Outcome(int dayIndex, double[] actual, DayForecast raw, DayForecast banded) {}

  private final Options options;
  private final Consumer<Progress> progress;

  public RollingEvaluation(Options options, Consumer<Progress> progress) {
    this.options = options;
    this.progress = progress;
  }

  public Result run(DailySeries series, PriceModelTrainer trainer, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("test period ends (" + to + ") before it starts (" + from + ")");
    }
    if (!series.contains(from) || !series.contains(to)) {
      throw new IllegalArgumentException(series.name() + " holds " + series.firstDay() + ".." + series.lastDay()
          + "; the test period " + from + ".." + to + " is not inside it");
    }
    int lag = trainer.availabilityLagDays();
    boolean gaps = series.missingPrices() > 0;
    ResidualQuantiles memory = new ResidualQuantiles(options.residualMemoryDays(), options.levels());
    ConformalBand band = new ConformalBand(options.residualMemoryDays(), 0.1, 0.9);
    Deque<Outcome> pending = new ArrayDeque<>();
    List<DayForecast> scored = new ArrayList<>();
    List<double[]> actuals = new ArrayList<>();
    LocalDate start = from.minusDays(options.warmUpDays());
    int total = (int) (to.toEpochDay() - start.toEpochDay()) + 1;
    long t0 = System.nanoTime();
    PriceModel model = null;
    int sinceTraining = 0;
    int done = 0;
    for (LocalDate day = start; !day.isAfter(to); day = day.plusDays(1)) {
      int t = series.indexOf(day);
      while (!pending.isEmpty() && pending.peekFirst().dayIndex() <= t - lag) {
        Outcome o = pending.removeFirst();
        memory.add(o.actual(), o.raw().pointByHour());
        if (o.banded().hasQuantiles()) {
          band.add(o.actual(), o.banded());
        }
      }
      DailySeries masked = series.knownUpTo(day.minusDays(lag), day, trainer.partialDayHours());
      DailySeries known = gaps ? masked.withGapsInterpolated() : masked; // never across the mask
      if (model == null || sinceTraining >= options.recalibrateEveryDays()) {
        model = trainer.train(known, day);
        sinceTraining = 0;
      }
      sinceTraining++;
      DayForecast raw = model.forecast(known, day);
      DayForecast banded = raw;
      if (!raw.hasQuantiles() && memory.size() >= 5) {
        banded = ResidualQuantiles.withQuantiles(raw, memory.levels(), memory.offsets());
      }
      DayForecast f = banded;
      if (banded.hasQuantiles() && band.size() >= 5) {
        f = ConformalBand.widen(banded, 0.1, 0.9, band.widening());
      }
      double[] actual = new double[24];
      for (int h = 0; h < 24; h++) {
        actual[h] = series.price(t, h);
      }
      pending.addLast(new Outcome(t, actual, raw, banded));
      if (!day.isBefore(from)) {
        scored.add(f);
        actuals.add(actual);
      }
      done++;
      progress.accept(new Progress(day, done, total, (System.nanoTime() - t0) / 1e9, f, actual, !day.isBefore(from)));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double[][] a = actuals.toArray(double[][]::new);
    double[][] f = scored.stream().map(DayForecast::pointByHour).toArray(double[][]::new);
    PointMetrics metrics = PointMetrics.of(flatten(a), flatten(f));
    double[][] offsets = memory.size() > 0 ? memory.offsets() : null;
    return new Result(trainer.name(), series.name(), from, to, metrics, coverage(scored, a, 0.1, 0.9), seconds,
        scored, a, model, offsets, memory.levels(), band.size() > 0 ? band.widening() : 0);
  }

  /** Share of observed hours whose outcome lies within [q_lo, q_hi]; NaN when no day has those quantiles. */
  public static double coverage(List<DayForecast> forecasts, double[][] actual, double lo, double hi) {
    int in = 0;
    int n = 0;
    for (int d = 0; d < forecasts.size(); d++) {
      DayForecast f = forecasts.get(d);
      if (!f.hasQuantiles()) {
        continue;
      }
      for (int h = 0; h < 24; h++) {
        if (Double.isNaN(actual[d][h])) {
          continue;
        }
        n++;
        if (actual[d][h] >= f.quantile(lo, h) && actual[d][h] <= f.quantile(hi, h)) {
          in++;
        }
      }
    }
    return n == 0 ? Double.NaN : in / (double) n;
  }

  public static double[] flatten(double[][] byDayHour) {
    double[] out = new double[byDayHour.length * 24];
    for (int d = 0; d < byDayHour.length; d++) {
      System.arraycopy(byDayHour[d], 0, out, d * 24, 24);
    }
    return out;
  }
}
