package org.convergence.model.combine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModels;
import org.convergence.model.data.DailySeries;
import org.convergence.model.lear.LearEnsemble;
import org.convergence.model.lear.LearTest;
import org.convergence.model.naive.NaiveTrainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code lear-wide-mlp}: the hour-by-hour mean of {@code lear-wide} and {@code mlp}, each as it is alone. */
class CombinedTrainerTest {
  private final ForkJoinPool pool = new ForkJoinPool(1);

  @AfterEach
  void shutdown() {
    pool.shutdown();
  }

  @Test
  void learWideMlpIsTheHourlyMeanOfLearWideAndMlp() throws IOException {
    DailySeries s = LearTest.np();
    MarketProfile two = MarketProfile.epf().withLearWindows(List.of(28, 300)); // capped at the short slice
    LocalDate day = LocalDate.of(2013, 4, 25);
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    CombinedTrainer both = (CombinedTrainer) PriceModels.trainer("lear-wide-mlp", two, pool);
    assertThat(both.members()).extracting(t -> t.name()).containsExactly("lear-wide", "mlp");
    assertThat(both.calibrationWindowDays()).isEqualTo(1456);
    double[] w = PriceModels.trainer("lear-wide", two, pool).train(known, day).forecast(known, day).pointByHour();
    double[] m = PriceModels.trainer("mlp", two, pool).train(known, day).forecast(known, day).pointByHour();
    double[] c = both.train(known, day).forecast(known, day).pointByHour();
    double[] weighted = PriceModels.trainer("lear-wide-mlp-weighted", two, pool).train(known, day)
        .forecast(known, day).pointByHour();
    for (int h = 0; h < 24; h++) {
      assertThat(c[h]).isCloseTo((w[h] + m[h]) / 2, within(1e-9));
      assertThat(weighted[h]).isCloseTo(0.8 * w[h] + 0.2 * m[h], within(1e-9));
    }
    assertThat(m).isNotEqualTo(w);
  }

  @Test
  void membersMustKnowTheSameBeforeTheGate() {
    assertThatThrownBy(() -> new CombinedTrainer("x", List.of(new NaiveTrainer(NaiveTrainer.Kind.WEEKLY, 1),
        new NaiveTrainer(NaiveTrainer.Kind.WEEKLY, 2)), LearEnsemble.Combination.MEAN))
        .hasMessageContaining("differ in what they know");
    assertThatThrownBy(() -> new CombinedTrainer("x", List.of(new NaiveTrainer(NaiveTrainer.Kind.WEEKLY, 1)),
        LearEnsemble.Combination.MEAN)).hasMessageContaining("at least two");
    List<org.convergence.model.PriceModelTrainer> two = List.of(new NaiveTrainer(NaiveTrainer.Kind.WEEKLY, 1),
        new NaiveTrainer(NaiveTrainer.Kind.STANDARD, 1));
    assertThatThrownBy(() -> new CombinedTrainer("x", two, new double[] {0.5, 0.6})).hasMessageContaining("summing");
    assertThatThrownBy(() -> new CombinedTrainer("x", two, new double[] {1.5, -0.5})).hasMessageContaining("negative");
  }
}
