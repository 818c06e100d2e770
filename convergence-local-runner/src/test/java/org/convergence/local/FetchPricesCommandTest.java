package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convergence.connectors.http.RecordedServer;
import org.convergence.connectors.http.RecordedServer.Response;
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
        return from.equals("2022-03-21") || from.equals("2022-03-28")
            ? Response.json(RecordedServer.resource(RECORDED + "elexon-mid-" + from + ".json"))
            : Response.json("{\"data\":[]}");
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
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("ends (2022-01-01) before it starts (2022-01-02)");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void isListedUnderFetch() {
    run("fetch", "--help");
    assertThat(out.toString()).contains("prices");
  }
}
