package org.convergence.model.gbm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.PriceDataReader;
import org.convergence.model.eval.ResidualQuantiles;
import org.junit.jupiter.api.Test;

/** The boosted quantile model forecasts a day after a gap in the data by LEAR's rule for missing input prices. */
class QuantileBoostModelTest {
  static DailySeries gb() throws IOException {
    return PriceDataReader.readGb("GB", new InputStreamReader(
        QuantileBoostModelTest.class.getResourceAsStream("/gb/gb_apxmidp_2022_jan_apr.csv"), StandardCharsets.UTF_8))
        .withGapsInterpolated();
  }

  /** {@code s} with day {@code d}'s prices replaced by {@code source}'s (NaN for a missing day). */
  private static DailySeries withDay(DailySeries s, LocalDate d, double[] source) {
    double[][] p = new double[s.days()][];
    for (int i = 0; i < s.days(); i++) {
      p[i] = new double[24];
      for (int h = 0; h < 24; h++) {
        p[i][h] = s.day(i).equals(d) ? source[h] : s.price(i, h);
      }
    }
    return new DailySeries(s.name(), s.firstDay(), p, List.of(), new double[0][][]);
  }

  @Test
  void aMissingLagDayTakesTheSameHourOfTheLatestEarlierDayAsLearDoes() throws IOException {
    DailySeries s = gb();
    LocalDate target = LocalDate.of(2022, 4, 12);
    LocalDate lagDay = target.minusDays(2); // the latest complete day on GB
    QuantileBoostTrainer trainer = new QuantileBoostTrainer(60, 2, ResidualQuantiles.DEFAULT_LEVELS,
        new QuantileBoostTrainer.Hyper(20, 3, 8, 20, 0.1, 0.7));
    QuantileBoostModel model = trainer.train(s, target);
    double[] nan = new double[24];
    java.util.Arrays.fill(nan, Double.NaN);
    DailySeries gap = withDay(s, lagDay, nan); // D-2 absent (as GB 2021-02-16..18 are)
    double[] dayBefore = new double[24];
    for (int h = 0; h < 24; h++) {
      dayBefore[h] = s.price(s.indexOf(lagDay.minusDays(1)), h);
    }
    DailySeries filled = withDay(s, lagDay, dayBefore); // D-2 := D-3, what the rule reads
    assertThat(QuantileBoostTrainer.features(gap, gap.indexOf(target), 5, 2)).isNull(); // training skips it
    assertThat(model.forecast(gap, target).pointByHour())
        .containsExactly(model.forecast(filled, target).pointByHour());
    // a complete day's forecast is what it was: the rule only fills what is missing
    assertThat(QuantileBoostTrainer.features(s, s.indexOf(target), 5, 2, true))
        .containsExactly(QuantileBoostTrainer.features(s, s.indexOf(target), 5, 2));
  }
}
