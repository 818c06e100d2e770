package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.strategy.Strategies;
import org.convergence.core.time.MarketDay;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped settings.yaml in replay mode, offline, with the database and dashboard in a temporary folder: the
 * re-run test, the late-run test and the backtest's output.
 */
class RunAndBacktestCommandTest {
  static final MarketDay REPLAY_DAY = MarketDay.of(2022, 4, 30);

  @TempDir Path dir;

  /**
   * The repository's settings.yaml with the embedded database and the dashboard under the test's folder, whatever
   * CONVERGENCE_DB_* say (CI sets them for the MariaDB tests).
   */
  private Path settings() throws IOException {
    return ShippedSettings.writeIn(dir);
  }

  private List<HeldOrder> heldInDatabase(MarketDay day) {
    try (JdbcStore store = Databases.open(DatabaseConfig.embedded(dir.resolve("db")))) {
      return store.heldOrders(day);
    }
  }

  @Test
  void runTwiceLeavesOneOrderPerHourAndTheSecondRunSendsNothing() throws IOException {
    Path settings = settings();
    CliResult first = CliResult.of("run", "--settings", settings.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("Market day    " + REPLAY_DAY).contains("SUBMITTED").contains("plan verified");

    CliResult second = CliResult.of("run", "--settings", settings.toString(), "--json");
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
    CliResult late = CliResult.of("run", "--settings", settings.toString(), "--clock", afterGate);
    assertThat(late.exit()).isZero();
    assertThat(late.out()).contains("GATE_CLOSED");
    assertThat(late.err()).contains("note: gate for " + REPLAY_DAY + " closed");
    CliResult strict = CliResult.of("run", "--settings", settings.toString(), "--clock", afterGate, "--strict");
    assertThat(strict.exit()).isEqualTo(RunCommand.GATE_CLOSED_EXIT);
    assertThat(strict.err()).contains("error: gate for " + REPLAY_DAY + " closed");
    assertThat(heldInDatabase(REPLAY_DAY)).isEmpty();
  }

  @Test
  void backtestPrintsEveryStrategyAndTheOracle() throws IOException {
    Path settings = settings();
    CliResult table = CliResult.of("backtest", "--settings", settings.toString(), "--from", "2022-04-01", "--to", "2022-04-05");
    assertThat(table.exit()).as(table.err()).isZero();
    for (String name : List.of("none", "seed", "hedge", "quantile", "spread", "trailing-7", "trailing-14",
        "trailing-28", "oracle", "bound")) {
      assertThat(table.out()).containsPattern("(?m)^" + name + " +5 ");
    }
    // the report names the data that served
    assertThat(table.out()).contains("readings  bundled AIMLAC readings (energy_onsite.csv)")
        .contains("weather   bundled AIMLAC Met Office recording").contains("prices    bundled GB prices")
        .contains("2022-04-01..2022-04-05  metered");

    CliResult json = CliResult.of("backtest", "--settings", settings.toString(), "--from", "2022-04-01", "--to", "2022-04-05",
        "--strategy", "hedge,none", "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode array = new ObjectMapper().readTree(json.out());
    assertThat(array).hasSize(2);
    List<String> fields = new ArrayList<>();
    array.get(0).fieldNames().forEachRemaining(fields::add);
    // today's fields, then the new ones, then the run-level facts repeated in every object
    assertThat(fields).containsExactly("strategy", "days", "pnl_gbp", "da_gbp", "imbalance_gbp", "value_added_gbp",
        "daily_sd_gbp", "max_drawdown_gbp", "oracle_pnl_gbp", "bound_pnl_gbp", "value_days", "bound_value_added_gbp",
        "bound_share", "sharpe", "value_added_max_drawdown_gbp", "worst_day_gbp", "hit_rate",
        "mean_abs_position_beyond_net_mwh", "days_settled", "days_metered", "days_price_only", "days_demand_only",
        "day_kinds", "days_skipped", "data_sources");
    assertThat(array.get(1).get("strategy").asText()).isEqualTo("none");
    assertThat(array.get(1).get("sharpe").isNull()).isTrue();
    assertThat(array.get(0).get("data_sources")).isEqualTo(array.get(1).get("data_sources"));
    assertThat(array.get(0).get("data_sources").get("prices").asText()).startsWith("bundled GB prices");
    assertThat(array.get(0).get("pnl_gbp").asDouble()).isLessThanOrEqualTo(array.get(0).get("bound_pnl_gbp")
        .asDouble());
    assertThat(array.get(0).get("strategy").asText()).isEqualTo("hedge");
    assertThat(array.get(0).get("days").asInt()).isEqualTo(5);
    assertThat(array.get(1).get("value_added_gbp").asDouble()).isZero();
    assertThat(array.get(0).get("pnl_gbp").asDouble())
        .isCloseTo(array.get(0).get("da_gbp").asDouble() + array.get(0).get("imbalance_gbp").asDouble(),
            org.assertj.core.api.Assertions.within(0.02));
  }

  @Test
  void aDayTheRecordingDoesNotCoverIsOneClearLine() throws IOException {
    CliResult r = CliResult.of("run", "--settings", settings().toString(), "--date", "2022-06-01");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: the run for 2022-06-01 failed: no weather source served")
        .doesNotContain("Exception");
  }

  @Test
  void onTheBundledDataEveryStrategyStaysWithinTheTrueBound() throws IOException {
    // 2022-03-15..18: no readings and no recorded weather (demand-only profile); 03-19..24: metered
    CliResult r = CliResult.of("backtest", "--settings", settings().toString(), "--from", "2022-03-15", "--to", "2022-03-24",
        "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode array = new ObjectMapper().readTree(r.out());
    assertThat(array).hasSize(Strategies.NAMES.size());
    double bound = array.get(0).get("bound_pnl_gbp").asDouble();
    double boundValue = array.get(0).get("bound_value_added_gbp").asDouble();
    for (JsonNode s : array) {
      assertThat(s.get("days_metered").asInt()).isEqualTo(6);
      assertThat(s.get("days_demand_only").asInt()).isEqualTo(4);
      assertThat(s.get("days").asInt()).isEqualTo(6);
      assertThat(s.get("value_days").asInt()).isEqualTo(10);
      assertThat(s.get("bound_pnl_gbp").asDouble()).isEqualTo(bound);
      assertThat(s.get("pnl_gbp").asDouble()).as(s.get("strategy").asText()).isLessThanOrEqualTo(bound);
      assertThat(s.get("value_added_gbp").asDouble()).isLessThanOrEqualTo(boundValue);
    }
  }

  @Test
  void fromAfterToIsAUsageErrorAndARangeWithoutPricesSettlesNothing() throws IOException {
    CliResult reversed = CliResult.of("backtest", "--settings", settings().toString(), "--from", "2022-04-05", "--to",
        "2022-04-01");
    assertThat(reversed.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(reversed.err()).contains("--to 2022-04-01 is before --from 2022-04-05");

    // the bundled imbalance prices start in 2021: no day of 2019 can be settled
    CliResult none = CliResult.of("backtest", "--settings", settings().toString(), "--from", "2019-06-01", "--to", "2019-06-02");
    assertThat(none.exit()).isEqualTo(ExitCode.NOTHING_DONE.code());
    assertThat(none.err()).contains("no market day from 2019-06-01 to 2019-06-02 could be settled");
    assertThat(none.out()).contains("2019-06-01  prices incomplete (24 of 24 clearing, 0 of 24 imbalance hours)");
  }

  @Test
  void theUsersOwnDataServeAndAreNamed() throws IOException {
    // forty days of prices in the user's own files (the naive price model's quantiles need a few weeks before the
    // day): one Elexon file (gzip) and one system-price file in a folder
    Path prices = Files.createDirectories(dir.resolve("prices"));
    StringBuilder mid = new StringBuilder("start_time_utc,price_gbp_per_mwh,volume_mwh\n");
    StringBuilder sys = new StringBuilder("hour_start_utc,system_price_gbp_per_mwh\n");
    java.time.Instant start = MarketDay.of(2020, 5, 1).deliveryStart();
    for (int i = 0; i < 40 * 48; i++) {
      mid.append(start.plusSeconds(1800L * i)).append(',').append(40 + i % 7).append(",100\n");
    }
    for (int i = 0; i < 40 * 24; i++) {
      sys.append(start.plusSeconds(3600L * i)).append(',').append(i % 2 == 0 ? 20 : 70).append('\n');
    }
    Path midFile = dir.resolve("mid.csv.gz");
    try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(midFile))) {
      gz.write(mid.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Files.writeString(prices.resolve("system.csv"), sys.toString());
    CliResult r = CliResult.of("backtest", "--settings", settings().toString(), "--from", "2020-06-02", "--to", "2020-06-02",
        "--prices", midFile.toString(), "--prices", prices.toString(), "--strategy", "hedge", "--json");
    assertThat(r.exit()).as(r.err() + r.out()).isZero();
    JsonNode hedge = new ObjectMapper().readTree(r.out()).get(0);
    assertThat(hedge.get("data_sources").get("prices").asText())
        .startsWith("--prices " + midFile + ", " + prices + ": 960 clearing hours (2020-05-01 .. 2020-06-09)");
    // no readings or weather on that day: price-only, on the demand-only profile
    assertThat(hedge.get("days_settled").asInt()).isEqualTo(1);
    assertThat(hedge.get("days_demand_only").asInt()).isEqualTo(1);
    assertThat(hedge.get("days").asInt()).isZero();
    assertThat(hedge.get("day_kinds").get(0).get("kind").asText()).isEqualTo("demand-only");

    CliResult badReadings = CliResult.of("backtest", "--settings", settings().toString(), "--from", "2020-06-02", "--to",
        "2020-06-02", "--readings", dir.resolve("nope.csv").toString());
    assertThat(badReadings.exit()).isEqualTo(1);
    assertThat(badReadings.err().strip()).startsWith("error: --readings: ").contains("nope.csv")
        .doesNotContain("Exception");
  }

  @Test
  void unknownStrategyIsOneClearLine() throws IOException {
    CliResult r = CliResult.of("backtest", "--settings", settings().toString(), "--from", "2022-04-01", "--to", "2022-04-02",
        "--strategy", "yolo");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err().strip()).startsWith("error: --strategy: unknown strategy 'yolo'").doesNotContain("Exception")
        .doesNotContain("\n");
  }

  @Test
  void setReplacesASettingsKeyForTheBacktestAndABadKeyIsOneLine() throws IOException {
    String[] days = {"backtest", "--settings", settings().toString(), "--from", "2022-04-01", "--to", "2022-04-02",
        "--strategy", "hedge", "--json"};
    CliResult plain = CliResult.of(days);
    List<String> withSet = new java.util.ArrayList<>(List.of(days));
    withSet.addAll(List.of("--set", "site.grid.export_capacity_mw=0.1", "--set", "site.grid.import_capacity_mw=0.1"));
    CliResult capped = CliResult.of(withSet.toArray(String[]::new));
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(capped.exit()).as(capped.err()).isZero();
    double plainBound = new ObjectMapper().readTree(plain.out()).get(0).get("bound_value_added_gbp").asDouble();
    double cappedBound = new ObjectMapper().readTree(capped.out()).get(0).get("bound_value_added_gbp").asDouble();
    // the bound is cap |P - I| summed: a tenth of the cap, a tenth of the bound
    assertThat(cappedBound).isCloseTo(plainBound / 10, org.assertj.core.data.Offset.offset(0.02));

    List<String> bad = new java.util.ArrayList<>(List.of(days));
    bad.addAll(List.of("--set", "strategy.risk.max_position=1"));
    CliResult r = CliResult.of(bad.toArray(String[]::new));
    assertThat(r.exit()).isNotZero();
    assertThat(r.err().strip()).startsWith("error: --set strategy.risk.max_position: no settings key"
        + " strategy.risk.max_position").doesNotContain("Exception").doesNotContain("\n");
  }
}
