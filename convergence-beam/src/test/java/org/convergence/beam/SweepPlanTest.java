package org.convergence.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan: its configurations and blocks, and one line naming the file and the key for each mistake. */
class SweepPlanTest {
  @TempDir Path dir;

  private Path plan(int blockDays, int warmup, String strategies) throws IOException {
    return SweepTestPlans.write(dir.resolve("plan.yaml"), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 25),
        blockDays, warmup, """
        set: [strategy.risk.drawdown_window_days=7]
        evaluations: []
        strategies:
        %s
        """.formatted(strategies));
  }

  @Test
  void everyGridCombinationIsAConfigurationAndBlocksWarmUpInsideThePeriod() throws IOException {
    Path file = plan(10, 8, """
          - name: hedge
            grid: {}
          - name: ev
            grid:
              strategy.risk.max_position_mw: [0.5, 1]
              strategy.risk.min_edge_gbp_per_mwh: [2.5, 5.0]
        """);
    SweepPlan p = SweepPlan.load(file);
    SweepContext ctx = p.context(file, Map.of(), dir.resolve("out").toString());
    List<SweepConfiguration> configs = p.configurations(file, ctx);
    assertThat(configs).extracting(SweepConfiguration::id).containsExactly("hedge",
        "ev__strategy.risk.max_position_mw=0.5__strategy.risk.min_edge_gbp_per_mwh=2.5",
        "ev__strategy.risk.max_position_mw=0.5__strategy.risk.min_edge_gbp_per_mwh=5.0",
        "ev__strategy.risk.max_position_mw=1__strategy.risk.min_edge_gbp_per_mwh=2.5",
        "ev__strategy.risk.max_position_mw=1__strategy.risk.min_edge_gbp_per_mwh=5.0");
    assertThat(configs.get(1).backtestOptions()).isEqualTo("--strategy ev --set strategy.risk.drawdown_window_days=7"
        + " --set strategy.risk.max_position_mw=0.5 --set strategy.risk.min_edge_gbp_per_mwh=2.5");
    List<BlockTask> tasks = p.tasks(configs.get(0));
    assertThat(tasks).extracting(BlockTask::from).containsExactly(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 11),
        LocalDate.of(2022, 3, 21));
    assertThat(tasks).extracting(BlockTask::warmFrom).containsExactly(LocalDate.of(2022, 3, 1),
        LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 13));
    assertThat(tasks.get(2).to()).isEqualTo(LocalDate.of(2022, 3, 25));
  }

  @Test
  void mistakesAreOneLineNamingTheFileAndTheKey() throws IOException {
    Path shortWarmup = plan(10, 5, "  - name: hedge\n    grid: {}\n");
    SweepPlan p = SweepPlan.load(shortWarmup);
    SweepContext ctx = p.context(shortWarmup, Map.of(), "out");
    assertThatThrownBy(() -> p.configurations(shortWarmup, ctx)).isInstanceOf(SweepPlan.PlanException.class)
        .hasMessageContaining("warmup_days 5 is shorter than the 8 days");

    Path badKey = plan(10, 8, "  - name: hedge\n    grid:\n      strategy.risk.nope: [1]\n");
    SweepPlan q = SweepPlan.load(badKey);
    assertThatThrownBy(() -> q.configurations(badKey, q.context(badKey, Map.of(), "out")))
        .hasMessage(badKey + ": configuration hedge__strategy.risk.nope=1: --set strategy.risk.nope: no settings key"
            + " strategy.risk.nope (keys of strategy.risk: max_position_mw, daily_loss_limit_gbp, loss_confidence,"
            + " drawdown_stop_gbp, drawdown_window_days, min_edge_gbp_per_mwh)");

    Path badStrategy = plan(10, 8, "  - name: yolo\n    grid: {}\n");
    SweepPlan r = SweepPlan.load(badStrategy);
    assertThatThrownBy(() -> r.configurations(badStrategy, r.context(badStrategy, Map.of(), "out")))
        .hasMessageStartingWith(badStrategy + ": configuration yolo: ").hasMessageContaining("yolo");

    Path unknown = Files.writeString(dir.resolve("unknown.yaml"),
        Files.readString(badStrategy).replace("block_days: 10", "block_days: 10\nblocks: 3"));
    assertThatThrownBy(() -> SweepPlan.load(unknown)).isInstanceOf(SweepPlan.PlanException.class)
        .hasMessageStartingWith(unknown + ": blocks: unknown key (keys here: block_days, data, evaluations, period, set,")
        .hasMessageNotContaining("\n");
    Path missing = Files.writeString(dir.resolve("missing.yaml"),
        Files.readString(badStrategy).replace("warmup_days: 8\n", ""));
    assertThatThrownBy(() -> SweepPlan.load(missing)).hasMessage(missing + ": warmup_days: missing key");
  }
}
