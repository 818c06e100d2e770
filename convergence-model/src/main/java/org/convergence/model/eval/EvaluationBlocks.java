package org.convergence.model.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.convergence.model.DayForecast;

/**
 * One rolling evaluation ({@link RollingEvaluation}) split into blocks of days that can run apart (a sweep's
 * elements) and give, joined, the same forecasts as one run. The run's state is (a) the model, recalibrated every
 * {@code recalibrateEveryDays} counted from the run's first day, (b) the residual memory of the last
 * {@code residualMemoryDays} outcomes known at each gate, and (c) the conformal band over the same number of outcomes,
 * each with the band its own day's memory gave it: the band reaches two memories (and two lags) back. So each block
 * starts its own run at a day {@code warmFrom} that lies on the one run's recalibration schedule and at least
 * {@code 2 (residualMemoryDays + lag) + 1} days before the block (or at the one run's first day): from the block's
 * first day on, its model, memory and band hold exactly what the one run's hold.
 */
public final class EvaluationBlocks {
  /** A block: its run starts at {@code warmFrom} and scores {@code from..to}. */
  public record Block(int index, LocalDate warmFrom, LocalDate from, LocalDate to) {
    /** The options of the block's own run: those of the whole, with the warm-up up to {@code from}. */
    public RollingEvaluation.Options options(RollingEvaluation.Options whole) {
      return whole.withWarmUp((int) (from.toEpochDay() - warmFrom.toEpochDay()));
    }
  }

  private EvaluationBlocks() {}

  /**
   * The blocks of the evaluation of {@code from..to} with {@code options} by a trainer whose outcomes are known
   * {@code lagDays} after delivery, {@code blockDays} scored days each (the last shorter).
   */
  public static List<Block> split(LocalDate from, LocalDate to, int blockDays, RollingEvaluation.Options options,
      int lagDays) {
    if (blockDays < 1) {
      throw new IllegalArgumentException("block days must be >= 1, was " + blockDays);
    }
    long runStart = from.toEpochDay() - options.warmUpDays();
    int every = options.recalibrateEveryDays();
    // the band at day d holds outcomes d-lag-M+1..d-lag, each banded by the memory of its own day (M + lag earlier)
    long memory = 2L * (options.residualMemoryDays() + lagDays) + 1L;
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    for (LocalDate s = from; !s.isAfter(to); s = s.plusDays(blockDays)) {
      LocalDate e = s.plusDays(blockDays - 1L);
      long latest = s.toEpochDay() - memory;
      long warm = latest <= runStart ? runStart : runStart + Math.floorDiv(latest - runStart, every) * (long) every;
      blocks.add(new Block(i++, LocalDate.ofEpochDay(warm), s, e.isAfter(to) ? to : e));
    }
    return blocks;
  }

  /**
   * The one run's result from its blocks' results (in any order): the forecasts and outcomes in day order, the
   * metrics and band coverage computed over them as {@link RollingEvaluation#run} computes them (so equal to the one
   * run's), the model, residual offsets and band of the last block, and the blocks' seconds summed (warm-ups
   * included: the work done, not a wall time).
   */
  public static RollingEvaluation.Result joinResults(List<RollingEvaluation.Result> blocks) {
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("no block to join");
    }
    List<RollingEvaluation.Result> sorted = blocks.stream()
        .sorted(java.util.Comparator.comparing(RollingEvaluation.Result::from)).toList();
    List<DayForecast> forecasts = new ArrayList<>();
    List<double[]> actuals = new ArrayList<>();
    double seconds = 0;
    for (RollingEvaluation.Result r : sorted) {
      forecasts.addAll(r.forecasts());
      actuals.addAll(List.of(r.actualByDayHour()));
      seconds += r.seconds();
    }
    double[][] a = actuals.toArray(double[][]::new);
    double[][] f = forecasts.stream().map(DayForecast::pointByHour).toArray(double[][]::new);
    PointMetrics metrics = PointMetrics.of(RollingEvaluation.flatten(a), RollingEvaluation.flatten(f));
    RollingEvaluation.Result first = sorted.get(0);
    RollingEvaluation.Result last = sorted.get(sorted.size() - 1);
    return new RollingEvaluation.Result(first.model(), first.dataset(), first.from(), last.to(), metrics,
        RollingEvaluation.coverage(forecasts, a, 0.1, 0.9), seconds, forecasts, a, last.lastModel(),
        last.lastResidualOffsets(), last.levels(), last.lastBandWideningGbpPerMWh());
  }

  /** The scored forecasts of the blocks' results, in day order: those of the one run. */
  public static List<DayForecast> join(List<RollingEvaluation.Result> blocks) {
    List<DayForecast> all = new ArrayList<>();
    blocks.stream().sorted(java.util.Comparator.comparing(RollingEvaluation.Result::from))
        .forEach(r -> all.addAll(r.forecasts()));
    return all;
  }
}
