package org.convergence.model.lear;

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
import org.convergence.model.eval.RollingEvaluation;
import org.convergence.model.lasso.LassoAicPath;
import org.junit.jupiter.api.Test;

/** The {@code lear-wide} recipe: windows capped at the history, combined by mean or median. */
class LearWideTest {
  @Test
  void theCombinationsAreTheMeanAndTheMedian() {
    double[] v = {3, 1, 10, 2};
    assertThat(LearEnsemble.Combination.MEAN.of(v)).isCloseTo(4, within(1e-12));
    assertThat(LearEnsemble.Combination.MEDIAN.of(v)).isEqualTo(2.5);
    assertThat(LearEnsemble.Combination.MEDIAN.of(new double[] {5, -1, 7})).isEqualTo(5);
    assertThat(v).containsExactly(3, 1, 10, 2); // left as it was
  }

  @Test
  void aWindowLongerThanTheHistoryUsesAllOfItOnlyWhenCapped() throws IOException {
    DailySeries s = LearTest.np(); // 2013-01-01..2013-05-10
    ForkJoinPool pool = new ForkJoinPool(1);
    LocalDate day = LocalDate.of(2013, 4, 1); // 90 known days before it
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    LearTrainer capped = new LearTrainer(400, LearFeatures.paper(), 1, new LassoAicPath(), pool, true);
    LearTrainer history = new LearTrainer(90, LearFeatures.paper(), 1, new LassoAicPath(), pool);
    LearWindowModel a = capped.train(known, day);
    LearWindowModel b = history.train(known, day);
    assertThat(a.trainFrom()).isEqualTo(s.firstDay());
    assertThat(a.forecast(known, day).pointByHour()).containsExactly(b.forecast(known, day).pointByHour(),
        within(1e-12));
    LearTrainer strict = new LearTrainer(400, LearFeatures.paper(), 1, new LassoAicPath(), pool);
    assertThatThrownBy(() -> strict.train(known, day)).hasMessageContaining("400-day window");
    pool.shutdown();
  }

  @Test
  void theMedianEnsembleForecastsTheMedianOfItsWindows() throws IOException {
    DailySeries s = LearTest.np();
    ForkJoinPool pool = new ForkJoinPool(1);
    LocalDate day = LocalDate.of(2013, 4, 20);
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    List<Integer> windows = List.of(28, 56, 84);
    LearEnsembleTrainer median = new LearEnsembleTrainer("m", windows, LearFeatures.paper(), 1,
        new LassoAicPath(), pool, LearEnsemble.Combination.MEDIAN, false);
    LearEnsemble e = median.train(known, day);
    double[] point = e.forecast(known, day).pointByHour();
    for (int h = 0; h < 24; h++) {
      double[] byWindow = new double[3];
      for (int m = 0; m < 3; m++) {
        byWindow[m] = e.members().get(m).forecast(known, day).pointByHour()[h];
      }
      java.util.Arrays.sort(byWindow);
      assertThat(point[h]).isEqualTo(byWindow[1]);
    }
    assertThat(e.id()).startsWith("lear-ensemble-median[28, 56, 84]");
    pool.shutdown();
  }

  @Test
  void theRecipeUsesTheMarketsWideWindowsAndRunsOnTheEvaluationPath() throws IOException {
    ForkJoinPool pool = new ForkJoinPool(1);
    LearEnsembleTrainer wide = (LearEnsembleTrainer) PriceModels.trainer("lear-wide", MarketProfile.epf(), pool);
    assertThat(wide.name()).isEqualTo("lear-wide");
    assertThat(wide.windowsDays()).isEqualTo(MarketProfile.WIDE_WINDOWS);
    assertThat(wide.combination()).isEqualTo(PriceModels.WIDE_COMBINATION);
    // on a slice far shorter than its long windows, every window is capped at the history: it still evaluates
    LocalDate from = LocalDate.of(2013, 4, 1);
    RollingEvaluation.Result r = new RollingEvaluation(RollingEvaluation.Options.daily(), p -> { })
        .run(LearTest.np(), wide, from, from.plusDays(2));
    assertThat(r.days()).isEqualTo(3);
    assertThat(r.model()).isEqualTo("lear-wide");
    assertThat(r.metrics().mae()).isLessThan(5);
    pool.shutdown();
  }
}
