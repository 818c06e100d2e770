package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.time.MarketDay;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The shipped settings.yaml in replay mode, offline, with the database and dashboard in a temporary folder: the
 * re-run test, the late-run test and the backtest's output.
 */
class RunAndBacktestCommandTest {
  static final MarketDay REPLAY_DAY = MarketDay.of(2022, 4, 30);

  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private Result cli(String... args) {
    CommandLine cli = ConvergenceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  /**
   * The repository's settings.yaml with the embedded database and the dashboard under the test's folder, whatever
   * CONVERGENCE_DB_* say (CI sets them for the MariaDB tests).
   */
  private Path settings() throws IOException {
    String yaml = Files.readString(Path.of("..", "settings.yaml"))
        .replace("${CONVERGENCE_DB_URL:-}", "\"\"")
        .replace("${CONVERGENCE_DB_USER:-}", "\"\"")
        .replace("${CONVERGENCE_DB_PASSWORD:-}", "\"\"")
        .replace("embedded_dir: ./data", "embedded_dir: " + dir.resolve("db"))
        .replace("data_dir: ./data/dashboard", "data_dir: " + dir.resolve("dashboard"));
    Path file = dir.resolve("settings.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private List<HeldOrder> heldInDatabase(MarketDay day) {
    try (JdbcStore store = Databases.open(DatabaseConfig.embedded(dir.resolve("db")))) {
      return store.heldOrders(day);
    }
  }

  @Test
  void runTwiceLeavesOneOrderPerHourAndTheSecondRunSendsNothing() throws IOException {
    Path settings = settings();
    Result first = cli("run", "--settings", settings.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("Market day    " + REPLAY_DAY).contains("SUBMITTED").contains("plan verified");

    Result second = cli("run", "--settings", settings.toString(), "--json");
    assertThat(second.exit()).as(second.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(second.out());
    assertThat(report.get("market_day").asText()).isEqualTo(REPLAY_DAY.toString());
    assertThat(report.get("outcome").asText()).isEqualTo("UNCHANGED");
    assertThat(report.get("receipt").isNull()).isTrue();
    assertThat(report.get("verified").asBoolean()).isTrue();
    assertThat(report.get("held")).hasSize(24);
    assertThat(report.get("forecasts").get("energy").get("half_hours")).hasSize(48);
    assertThat(report.get("forecasts").get("prices").get("hours")).hasSize(24);
    assertThat(report.get("timings").size()).isGreaterThan(5);

    List<HeldOrder> held = heldInDatabase(REPLAY_DAY);
    assertThat(held).hasSize(24);
    assertThat(held.stream().map(HeldOrder::hour).distinct().count()).isEqualTo(24);
    assertThat(dir.resolve("dashboard").resolve(REPLAY_DAY + ".json")).exists();
    assertThat(dir.resolve("dashboard").resolve("index.json")).exists();
  }

  @Test
  void lateRunSaysSoAndExitsZeroOrThreeWithStrict() throws IOException {
    Path settings = settings();
    String afterGate = REPLAY_DAY.gateClosure().toString();
    Result late = cli("run", "--settings", settings.toString(), "--clock", afterGate);
    assertThat(late.exit()).isZero();
    assertThat(late.out()).contains("GATE_CLOSED");
    assertThat(late.err()).contains("note: gate for " + REPLAY_DAY + " closed");
    Result strict = cli("run", "--settings", settings.toString(), "--clock", afterGate, "--strict");
    assertThat(strict.exit()).isEqualTo(RunCommand.GATE_CLOSED_EXIT);
    assertThat(strict.err()).contains("error: gate for " + REPLAY_DAY + " closed");
    assertThat(heldInDatabase(REPLAY_DAY)).isEmpty();
  }

  @Test
  void backtestPrintsEveryStrategyAndTheOracle() throws IOException {
    Path settings = settings();
    Result table = cli("backtest", "--settings", settings.toString(), "--from", "2022-04-01", "--to", "2022-04-05");
    assertThat(table.exit()).as(table.err()).isZero();
    for (String name : List.of("none", "seed", "hedge", "quantile", "spread", "oracle")) {
      assertThat(table.out()).containsPattern("(?m)^" + name + " +5 ");
    }

    Result json = cli("backtest", "--settings", settings.toString(), "--from", "2022-04-01", "--to", "2022-04-05",
        "--strategy", "hedge,none", "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode array = new ObjectMapper().readTree(json.out());
    assertThat(array).hasSize(2);
    List<String> fields = new ArrayList<>();
    array.get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("strategy", "days", "pnl_gbp", "da_gbp", "imbalance_gbp", "value_added_gbp",
        "daily_sd_gbp", "max_drawdown_gbp", "oracle_pnl_gbp");
    assertThat(array.get(0).get("strategy").asText()).isEqualTo("hedge");
    assertThat(array.get(0).get("days").asInt()).isEqualTo(5);
    assertThat(array.get(1).get("value_added_gbp").asDouble()).isZero();
    assertThat(array.get(0).get("pnl_gbp").asDouble())
        .isCloseTo(array.get(0).get("da_gbp").asDouble() + array.get(0).get("imbalance_gbp").asDouble(),
            org.assertj.core.api.Assertions.within(0.02));
  }

  @Test
  void aDayTheRecordingDoesNotCoverIsOneClearLine() throws IOException {
    Result r = cli("run", "--settings", settings().toString(), "--date", "2022-06-01");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: the run for 2022-06-01 failed: no weather source served")
        .doesNotContain("Exception");
  }

  @Test
  void unknownStrategyIsOneClearLine() throws IOException {
    Result r = cli("backtest", "--settings", settings().toString(), "--from", "2022-04-01", "--to", "2022-04-02",
        "--strategy", "yolo");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err().strip()).startsWith("error: --strategy: unknown strategy 'yolo'").doesNotContain("Exception")
        .doesNotContain("\n");
  }
}
