package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.core.store.SettlementStatus;
import org.convergence.core.time.MarketDay;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, automated on the shipped settings.yaml (replay mode, offline, database and dashboard in a
 * temporary folder): {@code run --date 2022-04-29 && settle --date 2022-04-29 --json} gives the P&L and value added
 * of {@code backtest --from 2022-04-29 --to 2022-04-29 --strategy <configured> --json}, to the penny.
 */
class SettleCommandTest {
  private static final MarketDay DAY = MarketDay.of(2022, 4, 29);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The repository's settings.yaml with the embedded database and the dashboard under the test's folder. */
  private Path settings() throws IOException {
    return ShippedSettings.writeIn(dir);
  }

  private JdbcStore store() {
    return Databases.open(DatabaseConfig.embedded(dir.resolve("db")));
  }

  @Test
  void settlingAReplayedRunGivesTheBacktestsPnlAndValueAddedToThePenny() throws IOException {
    Path settings = settings();
    String strategy = SettingsLoader.withEnvironment(java.util.Map.of()).load(settings).strategy().name();

    CliResult run = CliResult.of("run", "--settings", settings.toString(), "--date", DAY.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    CliResult settle = CliResult.of("settle", "--settings", settings.toString(), "--date", DAY.toString(), "--json");
    assertThat(settle.exit()).as(settle.err()).isZero();
    CliResult backtest = CliResult.of("backtest", "--settings", settings.toString(), "--from", DAY.toString(), "--to",
        DAY.toString(), "--strategy", strategy, "--json");
    assertThat(backtest.exit()).as(backtest.err()).isZero();

    JsonNode settled = JSON.readTree(settle.out());
    assertThat(settled).hasSize(1);
    JsonNode day = settled.get(0);
    JsonNode expected = JSON.readTree(backtest.out()).get(0);
    assertThat(expected.get("strategy").asText()).isEqualTo(strategy);
    assertThat(expected.get("days").asInt()).isEqualTo(1);
    assertThat(day.get("market_day").asText()).isEqualTo(DAY.toString());
    assertThat(day.get("status").asText()).isEqualTo("SETTLED");
    assertThat(day.get("pnl_gbp").decimalValue()).isEqualByComparingTo(expected.get("pnl_gbp").decimalValue());
    assertThat(day.get("value_added_gbp").decimalValue())
        .isEqualByComparingTo(expected.get("value_added_gbp").decimalValue());
    assertThat(day.get("da_gbp").decimalValue()).isEqualByComparingTo(expected.get("da_gbp").decimalValue());
    assertThat(day.get("imbalance_gbp").decimalValue())
        .isEqualByComparingTo(expected.get("imbalance_gbp").decimalValue());
    assertThat(day.get("value_added_gbp").asDouble()).as("the strategy traded that day").isNotZero();
    assertThat(day.get("bound_pnl_gbp").asDouble()).isGreaterThanOrEqualTo(day.get("pnl_gbp").asDouble());
    assertThat(day.get("hours")).hasSize(24);
    assertThat(day.get("published").asBoolean()).isTrue();

    JsonNode index = JSON.readTree(dir.resolve("dashboard").resolve("index.json").toFile());
    assertThat(index.get("days")).singleElement().satisfies(d -> {
      assertThat(d.get("marketDay").asText()).isEqualTo(DAY.toString());
      assertThat(d.get("status").asText()).isEqualTo("settled");
      assertThat(d.get("carbonSavedKgCo2").isNumber()).as("carbon of the settled day").isTrue();
      assertThat(d.get("pnlGbp").asDouble()).isCloseTo(day.get("pnl_gbp").asDouble(),
          org.assertj.core.api.Assertions.within(0.005));
    });
    try (JdbcStore store = store()) {
      assertThat(store.settlementRecord(DAY).orElseThrow().status()).isEqualTo(SettlementStatus.SETTLED);
      assertThat(store.settlements(DAY, DAY)).hasSize(24);
    }

    CliResult again = CliResult.of("settle", "--settings", settings.toString(), "--date", DAY.toString(), "--json");
    assertThat(again.exit()).as(again.err()).isZero();
    JsonNode second = JSON.readTree(again.out()).get(0);
    assertThat(second.get("hours_replaced").asInt()).isZero();
    assertThat(second.get("pnl_gbp")).isEqualTo(day.get("pnl_gbp"));
    try (JdbcStore store = store()) {
      assertThat(store.settlements(DAY, DAY)).as("one row per hour").hasSize(24);
    }
    CliResult outstanding = CliResult.of("settle", "--settings", settings.toString());
    assertThat(outstanding.exit()).as("nothing left to settle").isEqualTo(ExitCode.NOTHING_DONE.code());
    assertThat(outstanding.out()).contains("nothing to settle");
  }

  @Test
  void withoutATradedDayNothingCanBeSettled() throws IOException {
    Path settings = settings();

    CliResult all = CliResult.of("settle", "--settings", settings.toString(), "--json");
    assertThat(all.exit()).isEqualTo(ExitCode.NOTHING_DONE.code());
    assertThat(JSON.readTree(all.out())).isEmpty();

    CliResult one = CliResult.of("settle", "--settings", settings.toString(), "--date", DAY.toString());
    assertThat(one.exit()).isEqualTo(ExitCode.NOTHING_DONE.code());
    assertThat(one.out()).contains(DAY + "  PENDING  nothing to settle for " + DAY);
  }

  @Test
  void aDayNotYetDeliveredStaysPending() throws IOException {
    MarketDay future = MarketDay.of(Instant.now().atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(2));

    CliResult r = CliResult.of("settle", "--settings", settings().toString(), "--date", future.toString(), "--json");

    assertThat(r.exit()).isEqualTo(ExitCode.NOTHING_DONE.code());
    JsonNode day = JSON.readTree(r.out()).get(0);
    assertThat(day.get("status").asText()).isEqualTo("PENDING");
    assertThat(day.get("message").asText()).contains("delivery of " + future + " ends at");
    assertThat(day.get("pnl_gbp").isNull()).isTrue();
  }

  @Test
  void importedReadingsAreStored() throws IOException {
    Path csv = dir.resolve("readings.csv");
    Files.writeString(csv, """
        time,hq_power,computing_center,wind1,wind2,wind3,wind4,windA,windB,hq_temperature,solar
        2022-05-01 07:31:00,-30000,-200000,1000,1000,1000,1000,1000,1000,21.5,500.00
        2022-05-01 07:52:00,-150000,-200000,2000,2000,2000,2000,2000,2000,21.9,NULL
        """);

    CliResult r = CliResult.of("import", "readings", "--settings", settings().toString(), csv.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("imported 2 readings (2022-05-01T07:31:00Z .. 2022-05-01T07:52:00Z) from " + csv);
    try (JdbcStore store = store()) {
      assertThat(store.siteReadings(Instant.parse("2022-05-01T00:00:00Z"), Instant.parse("2022-05-02T00:00:00Z")))
          .hasSize(2).last().satisfies(x -> assertThat(x.solarKw()).isNaN());
    }
  }

  @Test
  void aBadRowIsOneLineNamingFileAndLineAndNothingIsImported() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, """
        time,hq_power,computing_center,wind1,wind2,wind3,wind4,windA,windB,hq_temperature,solar
        2022-05-01 07:31:00,-30000,-200000,1000,1000,1000,1000,1000,1000,21.5,500.00
        2022-05-01 07:52:00,-150000,lots,2000,2000,2000,2000,2000,2000,21.9,700.00
        """);

    CliResult r = CliResult.of("import", "readings", "--settings", settings().toString(), csv.toString());

    assertThat(r.exit()).isEqualTo(ExitCode.FAILED.code());
    assertThat(r.err().strip()).isEqualTo("error: " + csv + " line 3: column computing_center is not a number:"
        + " 'lots' (nothing imported)");
    try (JdbcStore store = store()) {
      assertThat(store.siteReadings(Instant.parse("2022-05-01T00:00:00Z"), Instant.parse("2022-05-02T00:00:00Z")))
          .isEmpty();
    }
  }

  @Test
  void aSettlementWarningIsPostedToTheWebhookAndTheDayStaysSettled() throws Exception {
    java.util.List<String> posted = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    com.sun.net.httpserver.HttpServer hook = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext("/hooks/T0/s3cret", exchange -> {
      posted.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    hook.start();
    try {
      Path settings = settings();
      String url = "http://127.0.0.1:" + hook.getAddress().getPort() + "/hooks/T0/s3cret";
      Files.writeString(settings, Files.readString(settings).replace("${CONVERGENCE_ALERT_WEBHOOK_URL:-}", url));
      CliResult run = CliResult.of("run", "--settings", settings.toString(), "--date", DAY.toString());
      assertThat(run.exit()).as(run.err()).isZero();
      // the dashboard folder becomes a file: the day settles, but cannot be published (a settlement warning)
      Path dashboard = dir.resolve("dashboard");
      try (var files = Files.walk(dashboard)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
      Files.writeString(dashboard, "not a folder");

      CliResult settle = CliResult.of("settle", "--settings", settings.toString(), "--date", DAY.toString());

      assertThat(settle.exit()).as(settle.err()).isZero();
      assertThat(settle.out()).contains("SETTLED");
      assertThat(settle.err()).contains("warning: " + DAY + " settled but the dashboard could not be published");
      assertThat(posted).singleElement().satisfies(body -> {
        JsonNode text = JSON.readTree(body).get("text");
        assertThat(text.asText()).contains(DAY.toString()).contains("could not be published");
      });
      assertThat(settle.err()).doesNotContain("s3cret");
    } finally {
      hook.stop(0);
    }
  }
}
