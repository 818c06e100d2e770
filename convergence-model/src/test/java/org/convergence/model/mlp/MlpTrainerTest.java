package org.convergence.model.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModels;
import org.convergence.model.data.DailySeries;
import org.convergence.model.file.ModelFiles;
import org.convergence.model.file.Provenance;
import org.convergence.model.lasso.LassoAicPath;
import org.convergence.model.lear.LearFeatures;
import org.convergence.model.lear.LearScarTest;
import org.convergence.model.lear.LearTest;
import org.convergence.model.lear.LearTrainer;
import org.junit.jupiter.api.Test;

/** The multi-output MLP ({@code mlp}): it learns, it is reproducible, and it never reads the future. */
class MlpTrainerTest {
  /** Small and quick settings for the tests: one hidden layer of 32 units, two members. */
  private static final MlpTrainer.Hyper SMALL = new MlpTrainer.Hyper(List.of(32), false, 400, 28, 0, 2, 16, 3e-3,
      1e-4, 150, 20, 2, 0);

  /**
   * A day-ahead market whose prices are a nonlinear function of one exogenous forecast for the day: {@code
   * 50 + 40 e^2 + h / 2} in hour h, with {@code e} uniform on [-1, 1], so a linear model of e (LEAR) can do no better
   * than the mean level.
   */
  static DailySeries quadratic(int days, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] p = new double[days][24];
    double[][][] x = new double[1][days][24];
    for (int d = 0; d < days; d++) {
      double e = 2 * r.nextDouble() - 1;
      for (int h = 0; h < 24; h++) {
        x[0][d][h] = e;
        p[d][h] = 50 + 40 * e * e + h / 2.0;
      }
    }
    return new DailySeries("quadratic", LocalDate.of(2020, 1, 1), p, List.of("e"), x);
  }

  private static double mae(double[] a, double[] b) {
    double s = 0;
    for (int h = 0; h < 24; h++) {
      s += Math.abs(a[h] - b[h]) / 24;
    }
    return s;
  }

  @Test
  void itLearnsANonlinearFunctionThatLearCannot() {
    DailySeries s = quadratic(450, 1);
    LocalDate first = s.firstDay().plusDays(420);
    MlpModel mlp = new MlpTrainer(LearFeatures.paper(), 1, SMALL).train(s.knownUpTo(first.minusDays(1), first),
        first);
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      var lear = new LearTrainer(400, LearFeatures.paper(), 1, new LassoAicPath(), pool)
          .train(s.knownUpTo(first.minusDays(1), first), first);
      double mlpError = 0;
      double learError = 0;
      for (int d = 0; d < 30; d++) {
        LocalDate day = first.plusDays(d);
        double[] actual = new double[24];
        for (int h = 0; h < 24; h++) {
          actual[h] = s.price(s.indexOf(day), h);
        }
        DailySeries known = s.knownUpTo(day.minusDays(1), day);
        mlpError += mae(actual, mlp.forecast(known, day).pointByHour()) / 30;
        learError += mae(actual, lear.forecast(known, day).pointByHour()) / 30;
      }
      // the prices' mean absolute deviation is about 10 (40 x E|e^2 - 1/3|); LEAR stays near it
      assertThat(learError).isGreaterThan(8);
      assertThat(mlpError).isLessThan(0.4 * learError);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theSameCallsGiveTheSameForecastsAndTheSeedsDifferByDayAndMember() throws IOException {
    DailySeries s = LearTest.np();
    LocalDate day = LocalDate.of(2013, 4, 20);
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    double[] a = new MlpTrainer(LearFeatures.paper(), 1, SMALL).train(known, day).forecast(known, day)
        .pointByHour();
    double[] b = new MlpTrainer(LearFeatures.paper(), 1, SMALL).train(known, day).forecast(known, day)
        .pointByHour();
    assertThat(b).containsExactly(a);
    assertThat(MlpTrainer.seed(day, 0)).isNotEqualTo(MlpTrainer.seed(day, 1))
        .isNotEqualTo(MlpTrainer.seed(day.plusDays(1), 0));
    Mlp net = new Mlp(new int[] {5, 3, 2});
    assertThat(net.initialParameters(new SplittableRandom(7))).containsExactly(
        net.initialParameters(new SplittableRandom(7)));
    assertThat(net.initialParameters(new SplittableRandom(7))).isNotEqualTo(
        net.initialParameters(new SplittableRandom(8)));
  }

  /** As {@link #SMALL}, the held-out days drawn by their date's hash (one in five). */
  private static final MlpTrainer.Hyper HASHED = new MlpTrainer.Hyper(List.of(32), false, 400, 28, 5, 2, 16, 3e-3,
      1e-4, 150, 20, 2, 0);

  /** A rolling sequence of daily calibrations (warm starts after the first) ending with the forecast of {@code last}. */
  private static double[] rolling(MlpTrainer trainer, DailySeries s, LocalDate first, LocalDate last) {
    double[] f = null;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      // unmasked on purpose: the trainer and the model must read nothing after day - 1 themselves
      f = trainer.train(s, day).forecast(s, day).pointByHour();
    }
    return f;
  }

  @Test
  void aForecastForDayDNeverReadsAPriceAfterTheLastKnownDayEvenAfterWarmStarts() throws IOException {
    DailySeries s = LearTest.np();
    LocalDate first = LocalDate.of(2013, 4, 16);
    LocalDate day = LocalDate.of(2013, 4, 20);
    double[] a = rolling(new MlpTrainer(LearFeatures.paper(), 1, SMALL), s, first, day);
    DailySeries changed = LearScarTest.futureChanged(s, day);
    assertThat(rolling(new MlpTrainer(LearFeatures.paper(), 1, SMALL), changed, first, day)).containsExactly(a);
    // while a change on the last known day does move it
    DailySeries lastDayChanged = LearScarTest.futureChanged(s, day.minusDays(1));
    assertThat(rolling(new MlpTrainer(LearFeatures.paper(), 1, SMALL), lastDayChanged, first, day))
        .isNotEqualTo(a);
    // the same with the held-out days drawn by date
    double[] h = rolling(new MlpTrainer(LearFeatures.paper(), 1, HASHED), s, first, day);
    assertThat(rolling(new MlpTrainer(LearFeatures.paper(), 1, HASHED), changed, first, day)).containsExactly(h);
    assertThat(h).isNotEqualTo(a);
  }

  @Test
  void anEnsembleSplitByMemberRangesForecastsTheMeanOfItsParts() throws IOException {
    DailySeries s = LearTest.np();
    LocalDate first = LocalDate.of(2013, 4, 17);
    LocalDate day = LocalDate.of(2013, 4, 20);
    MlpTrainer.Hyper four = SMALL.withMembers(0, 4);
    double[] whole = rolling(new MlpTrainer(LearFeatures.paper(), 1, four), s, first, day);
    double[] low = rolling(new MlpTrainer(LearFeatures.paper(), 1, four.withMembers(0, 2)), s, first, day);
    double[] high = rolling(new MlpTrainer(LearFeatures.paper(), 1, four.withMembers(2, 2)), s, first, day);
    assertThat(low).containsExactly(rolling(new MlpTrainer(LearFeatures.paper(), 1, SMALL), s, first, day));
    assertThat(high).isNotEqualTo(low);
    for (int h = 0; h < 24; h++) {
      assertThat(whole[h]).isCloseTo((low[h] + high[h]) / 2, offset(1e-9));
    }
    assertThatThrownBy(() -> SMALL.withMembers(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNextDayStartsFromThePreviousWeightsAndAGapOfMoreThanAWeekStartsCold() throws IOException {
    DailySeries s = LearTest.np();
    LocalDate day = LocalDate.of(2013, 4, 20);
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    double[] cold = new MlpTrainer(LearFeatures.paper(), 1, SMALL).train(known, day).forecast(known, day)
        .pointByHour();
    MlpTrainer warm = new MlpTrainer(LearFeatures.paper(), 1, SMALL);
    warm.train(s, day.minusDays(1));
    assertThat(warm.train(known, day).forecast(known, day).pointByHour()).isNotEqualTo(cold);
    MlpTrainer afterGap = new MlpTrainer(LearFeatures.paper(), 1, SMALL);
    afterGap.train(s, day.minusDays(1 + MlpTrainer.MAX_WARM_GAP_DAYS));
    assertThat(afterGap.train(known, day).forecast(known, day).pointByHour()).containsExactly(cold);
  }

  @Test
  void theRecipeUsesLearsFeaturesAndAModelFileRefusesIt() throws IOException {
    DailySeries s = LearTest.np();
    LocalDate day = LocalDate.of(2013, 4, 20);
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      MlpTrainer t = (MlpTrainer) PriceModels.trainer("mlp", MarketProfile.epf(), pool);
      assertThat(t.hyper()).isEqualTo(MlpTrainer.Hyper.defaults());
      assertThat(t.calibrationWindowDays()).isEqualTo(1456);
      assertThat(PriceModels.RUN_NAMES).doesNotContain("mlp", "lear-wide-mlp");
      MlpModel m = new MlpTrainer(LearFeatures.paper(), 1, SMALL).train(known, day);
      assertThat(m.id()).isEqualTo("mlp-32x2@2013-04-19");
      Provenance p = new Provenance("NP", "x", s.firstDay(), day.minusDays(1), day, java.time.Instant.EPOCH,
          List.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), null);
      assertThatThrownBy(() -> ModelFiles.of(m, 1, p, null)).hasMessageContaining("cannot store a model of type");
    } finally {
      pool.shutdown();
    }
  }
}
