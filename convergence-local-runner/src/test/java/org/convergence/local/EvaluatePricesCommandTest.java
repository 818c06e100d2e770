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
import java.util.ArrayList;
import java.util.List;
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
}
