package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluatePricesCommandTest {
  @TempDir Path dir;

  Path npSlice() throws IOException {
    Path p = dir.resolve("NP.csv");
    try (InputStream in = getClass().getResourceAsStream("/epf/NP_2013_slice.csv")) {
      Files.copy(in, p);
    }
    return p;
  }

  record Run(int exit, String out, String err) {}

  Run run(String... args) {
    CommandLine cli = ConvergenceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsTheMetricsAsJsonWithTheDocumentedKeys() throws IOException {
    Run r = run("evaluate", "prices", "--data", npSlice().toString(), "--test-from", "2013-04-01", "--test-to",
        "2013-04-28", "--model", "naive-weekly", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("model", "dataset", "test_from", "test_to", "days", "mae", "rmae", "smape",
        "rmse", "coverage_10_90", "seconds");
    assertThat(j.get("coverage_10_90").asDouble()).isBetween(0.3, 1.0); // the residual band, conformalised
    assertThat(j.get("model").asText()).isEqualTo("naive-weekly");
    assertThat(j.get("dataset").asText()).isEqualTo("NP");
    assertThat(j.get("days").asInt()).isEqualTo(28);
    assertThat(j.get("mae").asDouble()).isPositive();
    // the weekly naive against itself: its rMAE is its MAE over the first week's... close to 1
    assertThat(j.get("rmae").asDouble()).isBetween(0.8, 1.2);
  }

  @Test
  void learOnTheSliceBeatsTheNaiveInTheTextReport() throws IOException {
    Run r = run("evaluate", "prices", "--data", npSlice().toString(), "--test-from", "2013-04-20", "--test-to",
        "2013-04-30", "--model", "lear", "--windows", "56,84", "--warm-up", "7", "--compare-with", "naive-weekly");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("MAE").contains("rMAE").contains("sMAPE").contains("RMSE")
        .contains("10-90 % band coverage").contains("naive-weekly: MAE").contains("Diebold-Mariano");
  }

  @Test
  void gbmWithJsonKeepsStdoutOneJsonObjectProgressOnStderrAndSmileQuiet() throws Exception {
    // its own JVM, with every logger at INFO unless the command line quiets it (Smile logs each boosting tree)
    CliProcess.Result r = CliProcess.run(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info"), "evaluate",
        "prices", "--data", npSlice().toString(), "--test-from", "2013-04-29", "--test-to", "2013-04-30", "--model",
        "gbm", "--warm-up", "0", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().strip().lines()).hasSize(1);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("model").asText()).isEqualTo("gbm");
    assertThat(j.get("days").asInt()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("INFO");
    assertThat(r.err().strip()).as("stderr: the progress line only").matches("2013-04-30  2/2 days  \\d+ s");
  }

  @Test
  void aTooLongWindowIsAUserError() throws IOException {
    Run r = run("evaluate", "prices", "--data", npSlice().toString(), "--test-from", "2013-04-01", "--test-to",
        "2013-04-28", "--model", "lear");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error:").contains("-day window").contains("before the data").doesNotContain("at org.");
  }

  @Test
  void learWideCapsItsLongWindowsAtTheHistoryWhereLearRefuses() throws IOException {
    // the slice holds 4 months: lear's 1092-day window is a user error (above), lear-wide's long windows use it all
    Run r = run("evaluate", "prices", "--data", npSlice().toString(), "--test-from", "2013-04-27", "--test-to",
        "2013-04-28", "--model", "lear-wide", "--warm-up", "0", "--threads", "1", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("model").asText()).isEqualTo("lear-wide");
    assertThat(j.get("days").asInt()).isEqualTo(2);
    assertThat(j.get("mae").asDouble()).isBetween(0.0, 10.0);
  }

  @Test
  void learScarTakesItsLambdaAndABadOneIsAUsageError() throws IOException {
    String data = npSlice().toString();
    Run a = run("evaluate", "prices", "--data", data, "--test-from", "2013-04-27", "--test-to", "2013-04-28",
        "--model", "lear-scar", "--windows", "28,56", "--warm-up", "0", "--threads", "1", "--json");
    Run b = run("evaluate", "prices", "--data", data, "--test-from", "2013-04-27", "--test-to", "2013-04-28",
        "--model", "lear-scar", "--windows", "28,56", "--ltsc-lambda", "100", "--warm-up", "0", "--threads", "1",
        "--json");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    JsonNode ja = new ObjectMapper().readTree(a.out());
    assertThat(ja.get("model").asText()).isEqualTo("lear-scar");
    assertThat(ja.get("mae").asDouble()).isBetween(0.0, 10.0)
        .isNotEqualTo(new ObjectMapper().readTree(b.out()).get("mae").asDouble());
    Run bad = run("evaluate", "prices", "--data", data, "--test-from", "2013-04-27", "--test-to", "2013-04-28",
        "--model", "lear-scar", "--ltsc-lambda", "-1");
    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bad.err()).contains("--ltsc-lambda: Hodrick-Prescott lambda must be finite and >= 0, not -1.0");
  }

  @Test
  void aBadMlpMemberRangeIsAUsageErrorNamingTheOption() throws IOException {
    String data = npSlice().toString();
    for (String members : new String[] {"0", "5..4", "4-7", "x"}) {
      Run bad = run("evaluate", "prices", "--data", data, "--test-from", "2013-04-27", "--test-to", "2013-04-28",
          "--model", "mlp", "--mlp-members", members);
      assertThat(bad.exit()).as(members).isEqualTo(ExitCode.USAGE.code());
      assertThat(bad.err()).contains("--mlp-members: give a count N >= 1 or a range A..B with A <= B, not '"
          + members + "'");
    }
  }

  @Test
  void aMissingFileIsNamed() {
    Run r = run("evaluate", "prices", "--data", dir.resolve("nope.csv").toString(), "--test-from", "2013-04-01",
        "--test-to", "2013-04-28", "--model", "naive-weekly");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("nope.csv");
  }

  /**
   * A GB price file (2021-01-01..05-31, across the spring clock change) whose every price is driven by the hour's
   * "demand" forecast, and the fundamentals file of that forecast in its UK-local layout (a constant
   * {@code stack_price} beside it). Which hour each row lands on is {@code GbFundamentalsReaderTest}'s.
   */
  Path[] gbDrivenByDemand() throws IOException {
    Random random = new Random(17);
    StringBuilder prices = new StringBuilder("aimlac_market_date,aimlac_hour_id,price_mean_gbp_per_mwh\n");
    StringBuilder fundamentals = new StringBuilder("Date (WET);demand;stack_price\n;MW;GBP/MWh\n");
    DateTimeFormatter local = DateTimeFormatter.ofPattern("'['dd/MM/yyyy HH:mm']'");
    for (Instant t = Instant.parse("2020-12-31T23:00:00Z"); t.isBefore(Instant.parse("2021-05-31T23:00:00Z"));
        t = t.plus(1, ChronoUnit.HOURS)) {
      double demand = 20000 + 20000 * random.nextDouble();
      double price = 20 + 0.002 * demand + random.nextGaussian();
      var slot = t.plus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
      prices.append(slot.toLocalDate()).append(',').append(slot.getHour() + 1).append(',')
          .append(String.format(Locale.ROOT, "%.3f", price)).append('\n');
      fundamentals.append(local.format(t.atZone(ZoneId.of("Europe/London")))).append(';')
          .append(String.format(Locale.ROOT, "%.1f", demand)).append(";50\n");
    }
    Path p = dir.resolve("gb.csv");
    Path f = dir.resolve("forecast_features.csv");
    Files.writeString(p, prices);
    Files.writeString(f, fundamentals);
    return new Path[] {p, f};
  }

  @Test
  void gbFundamentalsEnterLearAsExogenousInputs() throws IOException {
    Path[] files = gbDrivenByDemand();
    String[] common = {"evaluate", "prices", "--data", files[0].toString(), "--test-from", "2021-04-01",
        "--test-to", "2021-04-30", "--model", "lear-wide", "--windows", "28,56", "--json"};
    Run without = run(common);
    List<String> withArgs = new ArrayList<>(List.of(common));
    withArgs.addAll(List.of("--fundamentals", files[1].toString(), "--fundamentals-series", "demand"));
    Run with = run(withArgs.toArray(String[]::new));
    withArgs.set(withArgs.size() - 1, "stack_price");
    Run uninformative = run(withArgs.toArray(String[]::new));
    for (Run r : List.of(without, with, uninformative)) {
      assertThat(r.exit()).as(r.err()).isZero();
    }
    JsonNode a = new ObjectMapper().readTree(without.out());
    JsonNode b = new ObjectMapper().readTree(with.out());
    assertThat(b.get("dataset").asText()).isEqualTo("gb+forecast_features");
    // demand is uniform over 20 000 MW: prices alone miss about 0.002 x 5 000 = 10; with it, about the noise (0.8)
    assertThat(a.get("mae").asDouble()).isGreaterThan(7);
    assertThat(b.get("mae").asDouble()).isLessThan(1.5);
    assertThat(new ObjectMapper().readTree(uninformative.out()).get("mae").asDouble()).isGreaterThan(7);
  }

  @Test
  void fundamentalsNeedTheirSeriesAGbFileAndAColumnTheFileHas() throws IOException {
    Path[] files = gbDrivenByDemand();
    Run alone = run("evaluate", "prices", "--data", files[0].toString(), "--test-from", "2021-04-01", "--test-to",
        "2021-04-07", "--model", "lear-wide", "--fundamentals", files[1].toString());
    assertThat(alone.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(alone.err()).contains("--fundamentals and --fundamentals-series go together");
    Run epf = run("evaluate", "prices", "--data", npSlice().toString(), "--test-from", "2013-04-01", "--test-to",
        "2013-04-07", "--model", "lear", "--fundamentals", files[1].toString(), "--fundamentals-series", "demand");
    assertThat(epf.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(epf.err()).contains("--fundamentals: for the GB AIMLAC hourly file only");
    Run column = run("evaluate", "prices", "--data", files[0].toString(), "--test-from", "2021-04-01", "--test-to",
        "2021-04-07", "--model", "lear-wide", "--fundamentals", files[1].toString(), "--fundamentals-series",
        "demand,long_term_wind");
    assertThat(column.exit()).isEqualTo(1);
    assertThat(column.err()).contains("forecast_features.csv: no column long_term_wind");
  }
}
