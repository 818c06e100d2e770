package org.convergence.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModels;
import org.convergence.model.data.DailySeries;
import org.convergence.model.data.PriceDataReader;
import org.convergence.model.eval.EvaluationReport;
import org.convergence.model.eval.RollingEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A price-model evaluation of the sweep plan (LEAR with a 56-day window and the weekly naive model on the bundled
 * Nord Pool slice EvaluationBlocksTest uses), split into blocks of 10 test days on the direct runner, gives what one
 * {@code ./convergence evaluate prices} run gives: the same forecasts CSV ({@code --forecasts-out}), the same
 * metrics in its JSON (every double to the last digit) and the same table, but for the seconds it took. The one run
 * is made as the command makes it (PriceDataReader, MarketProfile.of, PriceModels.trainer and evaluate, the
 * command's options, EvaluationReport), since a runner may not depend on another.
 */
class SweepEvaluationMatchesEvaluatePricesTest {
  @TempDir Path dir;

  static final Path NP = Path.of("..", "convergence-model", "src", "test", "resources", "epf", "NP_2013_slice.csv")
      .toAbsolutePath().normalize();
  static final LocalDate FROM = LocalDate.of(2013, 4, 1);
  static final LocalDate TO = LocalDate.of(2013, 4, 30);

  private Path plan() throws IOException {
    return SweepTestPlans.write(dir.resolve("epf.yaml"), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 2), 2, 0,
        """
        set: []
        strategies: []
        evaluations:
          - name: np
            data: %s
            models: [lear, naive-weekly]
            test_from: %s
            test_to: %s
            block_days: 10
            warm_up: 7
            recalibrate_every: 0
            windows: [56]
            as_of: "08:30"
        """.formatted(NP, FROM, TO));
  }

  /** What {@code evaluate prices --data NP --test-from --test-to --model M --windows 56 --warm-up 7} gives. */
  private static RollingEvaluation.Result oneRun(String model) throws IOException {
    DailySeries series = PriceDataReader.read(NP);
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      MarketProfile market = MarketProfile.of(series, LocalTime.of(8, 30)).withLearWindows(List.of(56));
      RollingEvaluation.Options options = RollingEvaluation.Options.daily().withWarmUp(7)
          .withRecalibrationEvery(PriceModels.defaultRecalibrationEveryDays(model));
      return PriceModels.evaluate(series, PriceModels.trainer(model, market, pool), FROM, TO, options, p -> { });
    } finally {
      pool.shutdown();
    }
  }

  private static String withoutSeconds(String text) {
    return text.replaceAll("\"seconds\":[0-9.eE+-]+", "").replaceAll("(?m)^[0-9.]+ s \\([0-9.]+ s per day\\)$", "");
  }

  @Test
  void blocksThroughThePipelineGiveTheForecastsOfOneEvaluatePricesRun() throws IOException {
    Path plan = plan();
    Path out = dir.resolve("out");
    SweepTestPlans.Run run = SweepTestPlans.sweep(plan, out, "--targetParallelism=2");
    assertThat(run.exit()).as(run.stderr()).isZero();
    assertThat(run.stderr()).contains("2 price-model evaluations in 6 blocks").contains("6 / 6 elements done");
    assertThat(EvaluationRunner.dataReads()).isEqualTo(1);

    for (String model : List.of("lear", "naive-weekly")) {
      RollingEvaluation.Result one = oneRun(model);
      assertThat(one.days()).isEqualTo(30);
      String id = "np__" + model;
      Path files = out.resolve("evaluations");
      assertThat(Files.readString(files.resolve(id + ".forecasts.csv"))).as(id)
          .isEqualTo(EvaluationReport.forecastsCsv(one));
      String json = Files.readString(files.resolve(id + ".json"));
      assertThat(withoutSeconds(json)).as(id).isEqualTo(withoutSeconds(EvaluationReport.json(model, one) + "\n"));
      assertThat(json).contains("\"days\":30");
      String table = Files.readString(files.resolve(id + ".txt"));
      assertThat(table).startsWith("Evaluation " + id + " (3 blocks): ./convergence evaluate prices --data " + NP
          + " --test-from 2013-04-01 --test-to 2013-04-30 --model " + model);
      assertThat(withoutSeconds(table)).endsWith(withoutSeconds(EvaluationReport.table(model, one)));
    }
    List<String> ranking = Files.readAllLines(out.resolve("evaluations.csv"));
    assertThat(ranking).hasSize(3);
    assertThat(ranking.get(0)).isEqualTo(SweepOutput.EVALUATION_HEADER);
    assertThat(ranking.get(1)).startsWith("np,1,");
    assertThat(ranking.get(2)).startsWith("np,2,");
    assertThat(run.stdout()).contains("Price-model evaluations (2)").doesNotContain("Ranking of");

    // a rerun finds both evaluations done and runs nothing
    SweepTestPlans.assertARerunRunsNothing(plan, out, 2);
  }
}
