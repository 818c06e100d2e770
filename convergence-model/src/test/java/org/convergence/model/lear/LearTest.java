package org.convergence.model.lear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.PriceDataReader;
import org.convergence.model.eval.RollingEvaluation;
import org.convergence.model.lasso.LassoAicPath;
import org.convergence.model.naive.NaiveTrainer;
import org.junit.jupiter.api.Test;

public class LearTest {
  /** NP 2013-01-01..2013-05-10 (the bundled slice). */
  public static DailySeries np() throws IOException {
    return PriceDataReader.readEpf("NP", new InputStreamReader(
        LearTest.class.getResourceAsStream("/epf/NP_2013_slice.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void aDayWithoutItsLagDaysIsRefusedNamingTheData() throws IOException {
    DailySeries s = np();
    LearFeatures f = LearFeatures.paper();
    LocalDate first = s.firstDay();
    assertThat(f.forecastRow(s, first.plusDays(f.maxLag()))).hasSize(f.row(s, f.maxLag()).length);
    assertThatThrownBy(() -> f.forecastRow(s, first.plusDays(f.maxLag() - 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NP: no inputs for " + first.plusDays(f.maxLag() - 1) + " (data " + first + ".." + s.lastDay() + ")");
    assertThatThrownBy(() -> f.forecastRow(s, s.lastDay().plusDays(1))).hasMessageStartingWith("NP: no inputs for");
  }

  @Test
  void scalerIsMedianMadAsinhAndInvertible() {
    double[][] rows = {{1}, {2}, {3}, {4}, {100}};
    RobustAsinhScaler s = RobustAsinhScaler.fit(rows, 1);
    assertThat(s.median()[0]).isEqualTo(3);
    assertThat(s.mad()[0]).isCloseTo(1 / 0.6744897501960817, within(1e-12));
    assertThat(s.transform(0, 3)).isZero();
    assertThat(s.inverse(0, s.transform(0, 100))).isCloseTo(100, within(1e-9));
  }

  @Test
  void theSelectionMedianEqualsTheSortedMiddle() {
    java.util.Random rnd = new java.util.Random(11);
    for (int n = 1; n < 60; n++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = rnd.nextInt(5) + (n % 3 == 0 ? 0 : rnd.nextGaussian()); // ties on every third length
      }
      double[] sorted = v.clone();
      java.util.Arrays.sort(sorted);
      double expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
      double[] copy = v.clone();
      assertThat(RobustAsinhScaler.median(v)).isEqualTo(expected);
      assertThat(v).containsExactly(copy); // the input is left as it was
    }
  }

  @Test
  void featuresFollowThePaper() throws IOException {
    DailySeries s = np();
    LearFeatures f = LearFeatures.paper();
    assertThat(f.count(2)).isEqualTo(96 + 144 + 7);
    double[] x = f.row(s, 10); // 2013-01-11, a Friday
    assertThat(x[0]).isEqualTo(s.price(9, 0)); // D-1 hour 0
    assertThat(x[24 * 3 + 5]).isEqualTo(s.price(3, 5)); // D-7 hour 5
    assertThat(x[96]).isEqualTo(s.exogenous(0, 10, 0)); // load forecast of D itself
    assertThat(x[96 + 24 * 2 + 1]).isEqualTo(s.exogenous(0, 3, 1)); // load forecast D-7
    assertThat(x[x.length - 7 + 4]).isEqualTo(1); // Friday dummy
    assertThat(f.names(s.exogenousNames())).hasSize(x.length);
  }

  @Test
  void aMissingExogenousValueIsTheSameHourOfTheLatestEarlierDayThatHasIt() throws IOException {
    DailySeries s = np();
    double[][][] load = new double[1][s.days()][];
    for (int d = 0; d < s.days(); d++) {
      load[0][d] = new double[24];
      for (int h = 0; h < 24; h++) {
        load[0][d][h] = s.exogenous(0, d, h);
      }
    }
    load[0][10][3] = Double.NaN; // D's hour 3 missing: D-1's hour 3 stands in
    load[0][9][4] = Double.NaN; // D-1's hour 4 missing: D-2's
    for (int d = 0; d <= 3; d++) {
      load[0][d][5] = Double.NaN; // D-7's hour 5 and every day before it missing: stays missing
    }
    DailySeries gappy = s.withExogenous("NP", List.of("load"), load);
    LearFeatures f = LearFeatures.paper();
    double[] x = f.row(gappy, 10);
    assertThat(x[96 + 3]).isEqualTo(s.exogenous(0, 9, 3));
    assertThat(x[96 + 24 + 4]).isEqualTo(s.exogenous(0, 8, 4));
    assertThat(x[96 + 48 + 5]).isNaN();
    assertThat(LearFeatures.complete(x)).isFalse();
    assertThat(x[96 + 6]).isEqualTo(s.exogenous(0, 10, 6)); // the others as they were
  }

  @Test
  void aShortWindowLearBeatsTheWeeklyNaiveOnNpWithoutLookAhead() throws IOException {
    DailySeries s = np();
    ForkJoinPool pool = new ForkJoinPool(2);
    LearEnsembleTrainer lear = new LearEnsembleTrainer(List.of(56, 84), LearFeatures.paper(), 1,
        new LassoAicPath(), pool);
    RollingEvaluation eval = new RollingEvaluation(RollingEvaluation.Options.daily(), p -> { });
    LocalDate from = LocalDate.of(2013, 4, 1);
    LocalDate to = LocalDate.of(2013, 4, 21);
    RollingEvaluation.Result r = eval.run(s, lear, from, to);
    RollingEvaluation.Result naive = eval.run(s, new NaiveTrainer(NaiveTrainer.Kind.WEEKLY, 1), from, to);
    assertThat(r.days()).isEqualTo(21);
    assertThat(r.metrics().mae()).isLessThan(0.8 * naive.metrics().mae());
    assertThat(r.metrics().rmae()).isLessThan(0.8);
    pool.shutdown();
  }

  @Test
  void aForecastDoesNotDependOnTheOutcomeOrLaterDays() throws IOException {
    DailySeries s = np();
    ForkJoinPool pool = new ForkJoinPool(1);
    LearTrainer t = new LearTrainer(56, LearFeatures.paper(), 1, new LassoAicPath(), pool);
    LocalDate day = LocalDate.of(2013, 4, 10);
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    double[] a = t.train(known, day).forecast(known, day).pointByHour();
    // the full series (with the day's own prices and later days) must give the same forecast once masked
    DailySeries known2 = s.knownUpTo(day.minusDays(1), day.plusDays(5));
    double[] b = t.train(known2, day).forecast(known2, day).pointByHour();
    assertThat(b).containsExactly(a, within(1e-12));
    assertThatThrownBy(() -> t.train(s, LocalDate.of(2013, 2, 1)))
        .hasMessageContaining("56-day window");
    pool.shutdown();
  }

  @Test
  void gbLagsMustBeKnownAtTheGate() {
    assertThatThrownBy(() -> new LearTrainer(56, LearFeatures.paper(), 2, new LassoAicPath(), ForkJoinPool.commonPool()))
        .hasMessageContaining("not known 2 days ahead");
  }
}
