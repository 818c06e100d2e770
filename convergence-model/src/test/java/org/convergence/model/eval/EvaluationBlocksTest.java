package org.convergence.model.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.DayForecast;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.PriceDataReader;
import org.convergence.model.lasso.LassoAicPath;
import org.convergence.model.lear.LearFeatures;
import org.convergence.model.lear.LearTrainer;
import org.junit.jupiter.api.Test;

/**
 * One EPF evaluation (the {@code evaluate prices} path: {@link RollingEvaluation} of LEAR on the bundled Nord Pool
 * slice, recalibrated every 3 days, with residual quantiles) split into blocks gives the same forecasts, every
 * point and quantile bit for bit, as one run.
 */
class EvaluationBlocksTest {
  static DailySeries np() throws IOException {
    return PriceDataReader.readEpf("NP", new InputStreamReader(
        EvaluationBlocksTest.class.getResourceAsStream("/epf/NP_2013_slice.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void blocksGiveTheForecastsOfOneRun() throws IOException {
    DailySeries s = np();
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      LearTrainer lear = new LearTrainer(56, LearFeatures.paper(), 1, new LassoAicPath(), pool);
      // a short residual memory, so the later blocks start after the run's first day and the memory's reach counts
      RollingEvaluation.Options options = new RollingEvaluation.Options(3, 5, 7, ResidualQuantiles.DEFAULT_LEVELS);
      LocalDate from = LocalDate.of(2013, 4, 1);
      LocalDate to = LocalDate.of(2013, 4, 24);
      RollingEvaluation.Result one = new RollingEvaluation(options, p -> { }).run(s, lear, from, to);

      List<EvaluationBlocks.Block> blocks = EvaluationBlocks.split(from, to, 8, options, lear.availabilityLagDays());
      assertThat(blocks).hasSize(3);
      assertThat(blocks.get(2).warmFrom()).isAfter(from.minusDays(options.warmUpDays()));
      List<RollingEvaluation.Result> parts = new ArrayList<>();
      for (EvaluationBlocks.Block b : blocks) {
        parts.add(new RollingEvaluation(b.options(options), p -> { }).run(s, lear, b.from(), b.to()));
      }
      List<DayForecast> joined = EvaluationBlocks.join(parts);
      assertThat(joined).hasSize(one.days());
      for (int i = 0; i < joined.size(); i++) {
        DayForecast a = one.forecasts().get(i);
        DayForecast b = joined.get(i);
        assertThat(b.day()).isEqualTo(a.day());
        assertThat(b.pointByHour()).as(a.day() + " point").containsExactly(a.pointByHour());
        assertThat(b.hasQuantiles()).isEqualTo(a.hasQuantiles());
        if (a.hasQuantiles()) {
          for (int l = 0; l < a.levels().length; l++) {
            assertThat(b.quantilesByLevelHour()[l]).as(a.day() + " q" + a.levels()[l])
                .containsExactly(a.quantilesByLevelHour()[l]);
          }
        }
      }

      // joined into one result: the one run's metrics and band coverage, to the last bit
      RollingEvaluation.Result whole = EvaluationBlocks.joinResults(List.of(parts.get(2), parts.get(0), parts.get(1)));
      assertThat(whole.from()).isEqualTo(from);
      assertThat(whole.to()).isEqualTo(to);
      assertThat(whole.metrics()).isEqualTo(one.metrics());
      assertThat(whole.coverage10to90()).isEqualTo(one.coverage10to90());
      assertThat(whole.actualByDayHour()).isDeepEqualTo(one.actualByDayHour());
      assertThat(whole.lastResidualOffsets()).isDeepEqualTo(one.lastResidualOffsets());
      assertThat(whole.lastBandWideningGbpPerMWh()).isEqualTo(one.lastBandWideningGbpPerMWh());

      // a block started off the recalibration schedule would not be the same run: the schedule is what is kept
      EvaluationBlocks.Block last = blocks.get(2);
      long offset = last.warmFrom().toEpochDay() - from.minusDays(options.warmUpDays()).toEpochDay();
      assertThat(offset % options.recalibrateEveryDays()).isZero();
    } finally {
      pool.shutdown();
    }
  }
}
