package org.convergence.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convergence.connectors.report.BacktestReport;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.connectors.wiring.BacktestWiring;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.time.MarketDay;
import org.convergence.model.forecast.ModelPriceForecaster;
import org.convergence.model.spread.ModelSpreadForecaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small sweep (2 strategies x 2 values of a settings key x 30 days, in blocks of 10 with a 5-day warm-up) on the
 * direct runner: every configuration's JSON equals, character for character (so every figure to the penny), what
 * {@code ./convergence backtest --json --strategy S --set ...} prints for it: the same BacktestWiring and
 * BacktestReport the command calls, on the same settings. The drawdown stop is set to 1 GBP over 3 days, so ev's
 * track record matters and the blocks' warm-up check is exercised. The four configurations share the price
 * forecaster's settings, so the worker's forecast cache serves each day's price and spread forecasts to three of them.
 */
class SweepMatchesBacktestTest {
  @TempDir Path dir;

  static final LocalDate FROM = LocalDate.of(2022, 3, 1);
  static final LocalDate TO = LocalDate.of(2022, 3, 30);

  private Path plan() throws IOException {
    return SweepTestPlans.write(dir.resolve("plan.yaml"), FROM, TO, 10, 5, """
        set:
          - strategy.risk.drawdown_window_days=3
        evaluations: []
        strategies:
          - name: hedge
            grid:
              strategy.risk.drawdown_stop_gbp: [1, 100]
          - name: ev
            grid:
              strategy.risk.drawdown_stop_gbp: [1, 100]
        """);
  }

  /** What {@code backtest --json --strategy S --set ...} prints for a configuration (its wiring, with no CLI). */
  private static String backtestJson(Path settings, String strategy, List<String> sets) {
    ConvergenceSettings s = SettingsLoader.withEnvironment(Map.of()).withSettings(sets).load(settings);
    BacktestWiring.BacktestData data = BacktestWiring.backtest(s, Optional.empty(), Optional.empty(), List.of(),
        ModelPriceForecaster.gb(s.prices().model(), s.schedule().runAt()), ModelSpreadForecaster.withDefaults());
    BacktestResult r = data.backtest().run(MarketDay.of(FROM), MarketDay.of(TO),
        List.of(s.strategy().strategy(strategy)), Backtest.Progress.none());
    return BacktestReport.toJson(r, data) + "\n";
  }

  @Test
  void everyConfigurationEqualsItsBacktestAndARerunSkipsThem() throws IOException {
    Path plan = plan();
    Path out = dir.resolve("out");
    BlockRunner.forget();
    SweepTestPlans.Run run = SweepTestPlans.sweep(plan, out, "--targetParallelism=2");
    assertThat(run.exit()).as(run.stderr()).isZero();
    assertThat(run.stderr()).contains("4 configurations x 3 blocks").contains("12 / 12 elements done");
    // the data were read once by this (the only) worker, not once per element
    assertThat(BlockRunner.dataReads()).isEqualTo(1);
    // and each day's price forecast was made once, whichever of the 4 configurations and 12 elements asked first:
    // the others were served it (so the equalities below check the shared forecasts against plain backtests)
    long[] shared = BlockRunner.forecastsComputedReused();
    assertThat(shared[0]).as("price forecasts computed").isEqualTo(30);
    assertThat(shared[1]).as("price forecasts shared").isGreaterThanOrEqualTo(3 * 30);
    assertThat(shared[2]).as("spread forecasts computed").isEqualTo(30);
    assertThat(shared[3]).as("spread forecasts shared").isGreaterThanOrEqualTo(3 * 30);

    ObjectMapper json = new ObjectMapper();
    int stopped = 0;
    for (String strategy : List.of("hedge", "ev")) {
      for (String stop : List.of("1", "100")) {
        List<String> sets = List.of("strategy.risk.drawdown_window_days=3", "strategy.risk.drawdown_stop_gbp=" + stop);
        String id = strategy + "__strategy.risk.drawdown_stop_gbp=" + stop;
        String swept = Files.readString(out.resolve("configurations").resolve(id + ".json"));
        assertThat(swept).as(id).isEqualTo(backtestJson(SweepTestPlans.SETTINGS, strategy, sets));
        JsonNode r = json.readTree(swept).get(0);
        assertThat(r.get("days_settled").asInt()).as(id).isEqualTo(30);
        assertThat(Files.readString(out.resolve("configurations").resolve(id + ".txt")))
            .contains("./convergence backtest --from 2022-03-01 --to 2022-03-30 --strategy " + strategy
                + " --set strategy.risk.drawdown_window_days=3 --set strategy.risk.drawdown_stop_gbp=" + stop)
            .contains("P&L on the");
        if (strategy.equals("ev")) {
          stopped += json.readTree(Files.readString(out.resolve("configurations").resolve(id + ".done")))
              .get("replayed_blocks").asInt();
        }
      }
    }
    List<String> ranking = Files.readAllLines(out.resolve("ranking.csv"));
    assertThat(ranking).hasSize(5);
    assertThat(ranking.get(0)).isEqualTo(SweepOutput.RANKING_HEADER);
    assertThat(run.stdout()).contains("Ranking of 4 configurations");
    assertThat(stopped).as("replayed ev blocks").isGreaterThanOrEqualTo(0);

    // a rerun finds every configuration done and runs nothing
    SweepTestPlans.assertARerunRunsNothing(plan, out, 4);
  }
}
