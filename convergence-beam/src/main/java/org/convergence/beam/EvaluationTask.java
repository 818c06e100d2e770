package org.convergence.beam;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.convergence.model.MarketProfile;
import org.convergence.model.data.DailySeries;
import org.convergence.model.eval.EvaluationBlocks;
import org.convergence.model.eval.RollingEvaluation;

/**
 * One element of a price-model evaluation: the evaluation of one model ({@link Spec}) and the block of test days
 * {@code from..to} it scores, run from {@code warmFrom} ({@link EvaluationBlocks#split}).
 */
public record EvaluationTask(Spec spec, int block, LocalDate warmFrom, LocalDate from, LocalDate to)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The evaluation of one model as {@code evaluate prices} runs it: the data file (a local path or a bucket URL),
   * the test period, the warm-up, the days between recalibrations (resolved: never 0), the LEAR windows ([] = the
   * market's) and the GB run time; {@code id} names its result files ({@code evaluations/<id>.*}).
   */
  public record Spec(String id, String evaluation, String data, String model, LocalDate testFrom, LocalDate testTo,
      int warmUpDays, int recalibrateEveryDays, List<Integer> windows, LocalTime asOf) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Spec {
      windows = List.copyOf(windows);
    }

    /** The market of the data, as the command chooses it (GB at {@code asOf} or EPF), with the windows given. */
    public MarketProfile market(DailySeries series) {
      MarketProfile m = MarketProfile.of(series, asOf);
      return windows.isEmpty() ? m : m.withLearWindows(windows);
    }

    /** The options of the whole evaluation (as the command's). */
    public RollingEvaluation.Options options() {
      return RollingEvaluation.Options.daily().withWarmUp(warmUpDays).withRecalibrationEvery(recalibrateEveryDays);
    }

    /** The {@code evaluate prices} options that run it alone, in one run. */
    public String evaluateOptions() {
      StringBuilder b = new StringBuilder("--data ").append(data).append(" --test-from ").append(testFrom)
          .append(" --test-to ").append(testTo).append(" --model ").append(model);
      if (!windows.isEmpty()) {
        b.append(" --windows ").append(String.join(",", windows.stream().map(String::valueOf).toList()));
      }
      b.append(" --recalibrate-every ").append(recalibrateEveryDays).append(" --warm-up ").append(warmUpDays)
          .append(" --as-of ").append(asOf);
      return b.toString();
    }
  }

  /** The block of the evaluation this element runs. */
  public EvaluationBlocks.Block asBlock() {
    return new EvaluationBlocks.Block(block, warmFrom, from, to);
  }
}
