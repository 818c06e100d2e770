package org.convergence.model.lear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModels;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.PriceDataReader;
import org.convergence.model.lasso.LassoAicPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Recency-weighted LEAR ({@code lear-wide-hlH}): the training days weighted by {@code 0.5^(age / H)}. */
class LearRecencyTest {
  private final ForkJoinPool pool = new ForkJoinPool(1);

  @AfterEach
  void shutdown() {
    pool.shutdown();
  }

  static DailySeries gb() throws IOException {
    return PriceDataReader.readGb("GB", new InputStreamReader(
        LearRecencyTest.class.getResourceAsStream("/gb/gb_apxmidp_2022_jan_apr.csv"), StandardCharsets.UTF_8));
  }

  /** {@code s} with every price from hour {@code fromHour} (0-based) of {@code day} on multiplied by 10. */
  static DailySeries changedFrom(DailySeries s, LocalDate day, int fromHour) {
    double[][] p = new double[s.days()][24];
    for (int d = 0; d < s.days(); d++) {
      for (int h = 0; h < 24; h++) {
        boolean later = s.day(d).isAfter(day) || (s.day(d).equals(day) && h >= fromHour);
        p[d][h] = s.price(d, h) * (later ? 10 : 1);
      }
    }
    return new DailySeries(s.name(), s.firstDay(), p, List.of(), new double[0][][]);
  }

  private static double[] forecast(LearTrainer t, DailySeries known, LocalDate day) {
    return t.train(known, day).forecast(known, day).pointByHour();
  }

  @Test
  void weightsOfOneReproduceTheUnweightedForecastsExactly() throws IOException {
    MarketProfile gb = MarketProfile.gb();
    LocalDate day = LocalDate.of(2022, 4, 12);
    DailySeries known = gb().withGapsInterpolated().knownUpTo(day.minusDays(2), day, gb.partialDayHours());
    for (int window : List.of(28, 56, 728)) {
      LearTrainer plain = new LearTrainer(window, gb.learFeatures(), 2, new LassoAicPath(), pool, true);
      // a half-life so long that 0.5^(age / h) rounds to exactly 1 for every age in the window
      LearTrainer ones = plain.withRecencyHalfLifeDays(1e300);
      LearWindowModel a = plain.train(known, day);
      LearWindowModel b = ones.train(known, day);
      assertThat(b.alphaByHour()).containsExactly(a.alphaByHour());
      assertThat(b.interceptByHour()).containsExactly(a.interceptByHour());
      for (int h = 0; h < 24; h++) {
        assertThat(b.coefficients()[h]).containsExactly(a.coefficients()[h]);
      }
      assertThat(b.forecast(known, day).pointByHour()).containsExactly(a.forecast(known, day).pointByHour());
    }
  }

  @Test
  void theRecipesAreLearWideWithTheirHalfLifeOnEveryWindow() throws IOException {
    MarketProfile gb = MarketProfile.gb();
    for (int h : List.of(91, 182, 364)) {
      LearEnsembleTrainer t = (LearEnsembleTrainer) PriceModels.trainer("lear-wide-hl" + h, gb, pool);
      assertThat(t.name()).isEqualTo("lear-wide-hl" + h);
      assertThat(t.windowsDays()).isEqualTo(MarketProfile.WIDE_WINDOWS);
      assertThat(t.members()).allSatisfy(m -> assertThat(m.recencyHalfLifeDays()).isEqualTo(h));
      assertThat(t.partialDayHours()).isEqualTo(9);
      assertThat(t.calibrationWindowDays()).isEqualTo(1456); // the same history as lear-wide
      assertThat(PriceModels.NAMES).contains(t.name());
    }
    // the weights move the forecast: a shorter half-life, another fit
    LocalDate day = LocalDate.of(2022, 4, 12);
    MarketProfile two = gb.withLearWindows(List.of(28, 84));
    DailySeries known = gb().withGapsInterpolated().knownUpTo(day.minusDays(2), day, gb.partialDayHours());
    double[] wide = PriceModels.trainer("lear-wide", two, pool).train(known, day).forecast(known, day).pointByHour();
    double[] recent = PriceModels.trainer("lear-wide-hl91", two, pool).train(known, day).forecast(known, day)
        .pointByHour();
    assertThat(recent).isNotEqualTo(wide);
    assertThatThrownBy(() -> new LearTrainer(56, gb.learFeatures(), 2, new LassoAicPath(), pool)
        .withRecencyHalfLifeDays(0)).hasMessageContaining("half-life of 0.0 days");
  }

  /**
   * No look-ahead (the trainer causality pattern of {@code LearScarTest}): the forecast for D on GB is the same
   * whatever the prices after the 9 hours of D-1 known at the run are, and moves when those 9 hours do.
   */
  @Test
  void aForecastForDayDNeverReadsAPriceAfterWhatIsKnownAtTheRun() throws IOException {
    MarketProfile gb = MarketProfile.gb().withLearWindows(List.of(28, 90));
    LearEnsembleTrainer t = (LearEnsembleTrainer) PriceModels.trainer("lear-wide-hl91", gb, pool);
    DailySeries s = gb().withGapsInterpolated();
    LocalDate day = LocalDate.of(2022, 4, 12);
    DailySeries future = changedFrom(s, day.minusDays(1), 9); // hour 10 of D-1 and later, ten times larger
    double[] a = t.train(s, day).forecast(s, day).pointByHour();
    assertThat(t.train(future, day).forecast(future, day).pointByHour()).containsExactly(a);
    DailySeries masked = s.knownUpTo(day.minusDays(2), day, 9);
    assertThat(t.train(masked, day).forecast(masked, day).pointByHour()).containsExactly(a);
    DailySeries ninthHour = changedFrom(s, day.minusDays(1), 8);
    assertThat(t.train(ninthHour, day).forecast(ninthHour, day).pointByHour()).isNotEqualTo(a);
  }
}
