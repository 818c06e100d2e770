package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.convergence.connectors.http.RecordedServer;
import org.convergence.connectors.http.RecordedServer.Response;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./convergence fetch prices} against recorded Elexon responses on a loopback server. */
class FetchPricesCommandTest {
  private static final String RECORDED = "/org/convergence/connectors/recorded/";
  private final RecordedServer server = RecordedServer.start();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void stop() {
    server.close();
  }

  private int run(String... args) {
    CommandLine cli = ConvergenceCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private void serve() {
    server.otherwise(r -> {
      if (r.path().equals("/v1/datasets/MID")) {
        String from = r.param("from");
        return from.equals("2022-03-21") || from.equals("2022-03-28") || from.equals("2021-02-19")
            ? Response.json(RecordedServer.resource(RECORDED + "elexon-mid-" + from + ".json"))
            : Response.json("{\"data\":[]}");
      }
      if (r.path().equals("/v1/balancing/settlement/system-prices/2021-02-19")) {
        return Response.json(RecordedServer.resource(RECORDED + "elexon-system-prices-2021-02-19.json"));
      }
      if (r.path().startsWith("/v1/balancing/settlement/system-prices/")) {
        return Response.json("{\"data\":[]}");
      }
      return Response.status(404, "{}");
    });
  }

  @Test
  void writesTheGbPricesCsv(@TempDir Path dir) throws Exception {
    serve();
    Path csv = dir.resolve("prices/mid.csv");
    int code = run("fetch", "prices", "--from", "2022-03-21", "--to", "2022-03-29", "--out", csv.toString(),
        "--base-url", server.baseUri() + "/v1");
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readString(csv))
        .isEqualTo(RecordedServer.resource(RECORDED + "elexon_mid_apxmidp_halfhourly_2022-03-21_to_29.csv"));
    assertThat(out.toString())
        .contains("MID APXMIDP 2022-03-21..2022-03-27: 334 half-hours")
        .contains("MID APXMIDP 2022-03-28..2022-03-29: 96 half-hours")
        .contains("wrote 430 of 430 half-hours of market index prices to " + csv)
        .contains("wrote 0 of 430 half-hours of system prices");
    assertThat(Files.readString(dir.resolve("prices/elexon_system_prices_halfhourly.csv")))
        .startsWith("start_time_utc,settlement_date,settlement_period,system_sell_price_gbp_per_mwh");
    assertThat(server.requests()).filteredOn(r -> r.path().endsWith("/MID")).hasSize(2);
    assertThat(server.requests()).filteredOn(r -> r.path().contains("system-prices")).hasSize(9);
  }

  /** The repository's settings.yaml with database.url pointing at an embedded H2 file database in {@code dir}. */
  private static Path settingsWithDatabase(Path dir, String jdbcUrl) throws Exception {
    String yaml = Files.readString(Path.of("..", "settings.yaml"))
        .replace("url: ${CONVERGENCE_DB_URL:-}", "url: \"" + jdbcUrl + "\"")
        .replace("user: ${CONVERGENCE_DB_USER:-}", "user: sa")
        .replace("password: ${CONVERGENCE_DB_PASSWORD:-}", "password: \"\"");
    assertThat(yaml).contains(jdbcUrl).contains("user: sa");
    Path settings = dir.resolve("settings.yaml");
    Files.writeString(settings, yaml);
    return settings;
  }

  private static int count(JdbcStore store, String table) throws Exception {
    try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void withADatabaseConfiguredItStoresAimlacHoursOncePerHour(@TempDir Path dir) throws Exception {
    serve();
    DatabaseConfig h2 = DatabaseConfig.embedded(dir.resolve("db"));
    Path settings = settingsWithDatabase(dir, h2.jdbcUrl());
    String[] args = {"fetch", "prices", "--from", "2021-02-19", "--to", "2021-02-19", "--settings",
        settings.toString(), "--base-url", server.baseUri() + "/v1"};

    assertThat(run(args)).as(err.toString()).isZero();
    assertThat(run(args)).as(err.toString()).isZero(); // the same range again replaces, never duplicates

    assertThat(out.toString())
        .contains("MID APXMIDP 2021-02-19..2021-02-19: 48 half-hours")
        .contains("stored 24 hourly clearing prices (market days 2021-02-19 .. 2021-02-20) in embedded H2 database")
        .contains("stored 24 hourly imbalance prices (market days 2021-02-19 .. 2021-02-20)");
    assertThat(dir).isDirectoryNotContaining("glob:**.csv");
    assertThat(Path.of("data", "prices")).doesNotExist();
    try (JdbcStore store = Databases.open(h2)) {
      assertThat(count(store, "clearing_prices")).isEqualTo(24);
      assertThat(count(store, "imbalance_prices")).isEqualTo(24);
      MarketDay feb19 = MarketDay.of(2021, 2, 19);
      MarketDay feb20 = MarketDay.of(2021, 2, 20);
      List<HourPrice> clearing = store.clearingPrices(feb19, feb20);
      // settlement date 2021-02-19 (GMT) = hours 2..24 of market day 19 Feb and hour 1 of 20 Feb
      assertThat(clearing).extracting(HourPrice::day).containsOnly(feb19, feb20);
      assertThat(clearing.get(0).hour()).isEqualTo(HourId.of(2));
      assertThat(clearing.get(0).priceGbpPerMWh()).isCloseTo((40.18 + 42.37) / 2, within(1e-9)); // SP 1, 2
      assertThat(clearing.get(23).day()).isEqualTo(feb20);
      assertThat(clearing.get(23).hour()).isEqualTo(HourId.of(1));
      List<HourPrice> imbalance = store.imbalancePrices(feb19, feb20);
      // the 00:00Z hour of 2021-02-19: system prices 7.05 and 42.37 (the original exchange's imbalance_prices.csv)
      assertThat(imbalance.get(0).hour()).isEqualTo(HourId.of(2));
      assertThat(imbalance.get(0).priceGbpPerMWh()).isCloseTo(24.71, within(1e-9));
      assertThat(imbalance.get(23).priceGbpPerMWh()).isCloseTo((32.75 + 62.5) / 2, within(1e-9)); // SP 47, 48
    }
  }

  @Test
  void anExplicitOutWritesCsvEvenWithADatabaseConfigured(@TempDir Path dir) throws Exception {
    serve();
    DatabaseConfig h2 = DatabaseConfig.embedded(dir.resolve("db"));
    Path settings = settingsWithDatabase(dir, h2.jdbcUrl());
    Path csv = dir.resolve("mid.csv");
    int code = run("fetch", "prices", "--from", "2021-02-19", "--to", "2021-02-19", "--settings",
        settings.toString(), "--out", csv.toString(), "--base-url", server.baseUri() + "/v1");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("wrote 48 of 48 half-hours of market index prices to " + csv)
        .doesNotContain("stored");
    assertThat(csv).isNotEmptyFile();
    assertThat(dir.resolve("db")).doesNotExist();
  }

  @Test
  void anUnreachableDatabaseStopsBeforeFetching(@TempDir Path dir) throws Exception {
    serve();
    Path settings = settingsWithDatabase(dir, "jdbc:mysql://127.0.0.1:1/convergence");
    int code = run("fetch", "prices", "--from", "2021-02-19", "--to", "2021-02-19", "--settings",
        settings.toString(), "--base-url", server.baseUri() + "/v1");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: cannot connect to database 'convergence' on host 127.0.0.1:1")
        .contains("nothing fetched").doesNotContain("\tat ");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aServiceErrorIsOneLineAndLeavesNoFile(@TempDir Path dir) {
    server.otherwise(r -> Response.status(400, RecordedServer.resource(RECORDED + "elexon-400.json")));
    Path csv = dir.resolve("mid.csv");
    int code = run("fetch", "prices", "--from", "2022-01-01", "--to", "2022-01-02", "--out", csv.toString(),
        "--base-url", server.baseUri() + "/v1", "--no-system-prices");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: Elexon Insights: ").contains("HTTP 400")
        .contains("nothing written").doesNotContain("\tat ");
    assertThat(csv).doesNotExist();
  }

  @Test
  void rejectsAReversedRange() {
    int code = run("fetch", "prices", "--from", "2022-01-02", "--to", "2022-01-01", "--base-url",
        server.baseUri().toString());
    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(err.toString().strip()).isEqualTo("error: --to 2022-01-01 is before --from 2022-01-02 (see:"
        + " convergence fetch prices --help)");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void isListedUnderFetch() {
    run("fetch", "--help");
    assertThat(out.toString()).contains("prices");
  }
}
