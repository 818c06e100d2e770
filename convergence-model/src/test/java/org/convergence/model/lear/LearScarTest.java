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
import org.convergence.model.file.ModelFiles;
import org.convergence.model.file.Provenance;
import org.convergence.model.lasso.LassoAicPath;
import org.convergence.model.ltsc.HodrickPrescott;
import org.convergence.model.ltsc.SeasonalLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seasonal-component variant of LEAR ({@code lear-scar}) and its average with {@code lear-wide}. */
public class LearScarTest {
  private final ForkJoinPool pool = new ForkJoinPool(1);
  private static final HodrickPrescott HP = new HodrickPrescott(1e4);

  @AfterEach
  void shutdown() {
    pool.shutdown();
  }

  /** {@code s} with every price of the days from {@code from} on multiplied by 10. */
  public static DailySeries futureChanged(DailySeries s, LocalDate from) {
    double[][] p = new double[s.days()][24];
    double[][][] x = new double[s.exogenousCount()][s.days()][24];
    for (int d = 0; d < s.days(); d++) {
      for (int h = 0; h < 24; h++) {
        p[d][h] = s.price(d, h) * (s.day(d).isBefore(from) ? 1 : 10);
        for (int k = 0; k < s.exogenousCount(); k++) {
          x[k][d][h] = s.exogenous(k, d, h);
        }
      }
    }
    return new DailySeries(s.name(), s.firstDay(), p, s.exogenousNames(), x);
  }

  @Test
  void itIsPlainLearOnThePricesMinusTheWindowsLevelPlusTheLevelsLastValue() throws IOException {
    DailySeries s = LearTest.np(); // 2013-01-01..2013-05-10
    LocalDate day = LocalDate.of(2013, 4, 20);
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    LearWindowModel scar = new LearTrainer(56, LearFeatures.paper(), 1, new LassoAicPath(), pool, false, HP)
        .train(known, day);
    int last = known.indexOf(day.minusDays(1));
    SeasonalLevel level = SeasonalLevel.of(known, last - 55, last, HP);
    assertThat(scar.seasonalLevel().levelByDay()).containsExactly(level.levelByDay());
    assertThat(scar.seasonalLevel().lastDay()).isEqualTo(day.minusDays(1));
    DailySeries deseasonalised = level.subtractFrom(known);
    LearWindowModel plain = new LearTrainer(56, LearFeatures.paper(), 1, new LassoAicPath(), pool)
        .train(deseasonalised, day);
    double[] expected = plain.forecast(deseasonalised, day).pointByHour();
    double[] got = scar.forecast(known, day).pointByHour();
    for (int h = 0; h < 24; h++) {
      assertThat(got[h]).isCloseTo(expected[h] + level.last(), within(1e-9));
    }
    // the level matters: the forecast differs from plain LEAR's on the prices themselves
    double[] lear = new LearTrainer(56, LearFeatures.paper(), 1, new LassoAicPath(), pool).train(known, day)
        .forecast(known, day).pointByHour();
    assertThat(got).isNotEqualTo(lear);
    assertThat(scar.id()).isEqualTo("lear-56d-ltsc@2013-04-19");
  }

  @Test
  void aForecastForDayDNeverReadsAPriceAfterTheLastKnownDay() throws IOException {
    DailySeries s = LearTest.np();
    LocalDate day = LocalDate.of(2013, 4, 20);
    // unmasked series: the prices of D and later are there, and in the second one ten times larger
    DailySeries changed = futureChanged(s, day);
    LearEnsembleTrainer scar = (LearEnsembleTrainer) PriceModels.trainer("lear-scar",
        MarketProfile.epf().withLearWindows(List.of(28, 56, 400)), pool);
    double[] a = scar.train(s, day).forecast(s, day).pointByHour();
    double[] b = scar.train(changed, day).forecast(changed, day).pointByHour();
    double[] masked = scar.train(s.knownUpTo(day.minusDays(1), day), day)
        .forecast(s.knownUpTo(day.minusDays(1), day), day).pointByHour();
    assertThat(b).containsExactly(a);
    assertThat(masked).containsExactly(a);
    // while a change on the last known day does move it
    DailySeries lastDayChanged = futureChanged(s, day.minusDays(1));
    assertThat(scar.train(lastDayChanged, day).forecast(lastDayChanged, day).pointByHour()).isNotEqualTo(a);
  }

  @Test
  void theRecipesUseTheWideWindowsAndTheCombinationIsTheHourlyMeanOfLearWideAndLearScar() throws IOException {
    DailySeries s = LearTest.np();
    MarketProfile epf = MarketProfile.epf();
    LearEnsembleTrainer scar = (LearEnsembleTrainer) PriceModels.trainer("lear-scar", epf, pool);
    assertThat(scar.name()).isEqualTo("lear-scar");
    assertThat(scar.windowsDays()).isEqualTo(MarketProfile.WIDE_WINDOWS);
    assertThat(scar.members()).allSatisfy(m -> assertThat(m.seasonalFilter()).isEqualTo(MarketProfile.SCAR_FILTER));
    assertThat(MarketProfile.SCAR_FILTER.lambda()).isEqualTo(1e4);
    LearEnsembleTrainer both = (LearEnsembleTrainer) PriceModels.trainer("lear-wide-scar", epf, pool);
    assertThat(both.members()).hasSize(2 * MarketProfile.WIDE_WINDOWS.size());
    // on a short slice every window is capped at the history
    MarketProfile two = epf.withLearWindows(List.of(28, 300));
    LocalDate day = LocalDate.of(2013, 4, 25);
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    double[] w = PriceModels.trainer("lear-wide", two, pool).train(known, day).forecast(known, day).pointByHour();
    double[] c = PriceModels.trainer("lear-scar", two, pool).train(known, day).forecast(known, day).pointByHour();
    double[] m = PriceModels.trainer("lear-wide-scar", two, pool).train(known, day).forecast(known, day)
        .pointByHour();
    for (int h = 0; h < 24; h++) {
      assertThat(m[h]).isCloseTo((w[h] + c[h]) / 2, within(1e-9));
    }
    assertThat(c).isNotEqualTo(w);
  }

  @Test
  void aModelFileRefusesTheSeasonalVariant() throws IOException {
    DailySeries s = LearTest.np();
    LocalDate day = LocalDate.of(2013, 4, 20);
    DailySeries known = s.knownUpTo(day.minusDays(1), day);
    LearEnsemble model = (LearEnsemble) PriceModels.trainer("lear-scar",
        MarketProfile.epf().withLearWindows(List.of(56)), pool).train(known, day);
    Provenance p = new Provenance("NP", "x", s.firstDay(), day.minusDays(1), day, java.time.Instant.EPOCH,
        List.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), null);
    assertThatThrownBy(() -> ModelFiles.of(model, 1, p, null)).hasMessageContaining("plain LEAR windows only");
  }
}
