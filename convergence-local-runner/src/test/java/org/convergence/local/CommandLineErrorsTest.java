package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: a command-line mistake is one line naming the option and what it expects, exit 2; nothing scored 5. */
class CommandLineErrorsTest {

  @Test
  void malformedDateNamesTheOptionAndTheFormat() {
    CliResult r = CliResult.of("run", "--settings", "../settings.yaml", "--date", "2022-13-01");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.line()).isEqualTo("error: Invalid value for option '--date': expected a date YYYY-MM-DD such as"
        + " 2022-03-14 (Invalid value for MonthOfYear (valid values 1 - 12): 13) (see: convergence run --help)");
  }

  @Test
  void malformedInstantNamesTheOptionAndTheFormat() {
    CliResult r = CliResult.of("run", "--settings", "../settings.yaml", "--clock", "2022-04-29T08:30");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.line()).isEqualTo("error: Invalid value for option '--clock': expected a UTC instant"
        + " YYYY-MM-DDTHH:MM:SSZ such as 2022-04-29T08:30:00Z (see: convergence run --help)");
  }

  @Test
  void malformedDatesOfOtherCommandsToo() {
    CliResult r = CliResult.of("evaluate", "site", "--from", "14/03/2022");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.line()).isEqualTo("error: Invalid value for option '--from': expected a date YYYY-MM-DD such as"
        + " 2022-03-14 (see: convergence evaluate site --help)");
  }

  @Test
  void unknownOptionAndMissingRequiredOptionAreOneLineExit2() {
    CliResult unknown = CliResult.of("run", "--dat", "2022-03-14");
    assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(unknown.line()).isEqualTo("error: Unknown options: '--dat', '2022-03-14' (see: convergence run"
        + " --help)");
    CliResult missing = CliResult.of("backtest", "--from", "2022-03-14");
    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(missing.line()).isEqualTo("error: Missing required option: '--to=YYYY-MM-DD' (see: convergence"
        + " backtest --help)");
    CliResult badNumber = CliResult.of("evaluate", "prices", "--data", "x.csv", "--test-from", "2022-01-01", "--test-to",
        "2022-01-02", "--model", "lear", "--threads", "two");
    assertThat(badNumber.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(badNumber.line()).isEqualTo("error: Invalid value for option '--threads': 'two' is not an int (see:"
        + " convergence evaluate prices --help)");
  }

  @Test
  void fromAfterToIsAUsageError() {
    CliResult site = CliResult.of("evaluate", "site", "--settings", "../settings.yaml", "--from", "2022-03-05", "--to",
        "2022-03-01");
    assertThat(site.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(site.line()).isEqualTo("error: --to 2022-03-01 is before --from 2022-03-05 (see: convergence"
        + " evaluate site --help)");
    CliResult prices = CliResult.of("evaluate", "prices", "--data", "x.csv", "--test-from", "2022-03-05", "--test-to",
        "2022-03-01", "--model", "naive-weekly");
    assertThat(prices.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(prices.line()).isEqualTo("error: --test-to 2022-03-01 is before --test-from 2022-03-05 (see:"
        + " convergence evaluate prices --help)");
    CliResult backtest = CliResult.of("backtest", "--settings", "../settings.yaml", "--from", "2022-03-05", "--to",
        "2022-03-01");
    assertThat(backtest.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(backtest.line()).isEqualTo("error: --to 2022-03-01 is before --from 2022-03-05 (see: convergence"
        + " backtest --help)");
  }

  @Test
  void evaluateSiteWithNothingToScoreExits5() {
    CliResult r = CliResult.of("evaluate", "site", "--settings", "../settings.yaml", "--from", "2023-01-10", "--to",
        "2023-01-11");
    assertThat(r.exit()).isEqualTo(ExitCode.NOTHING_DONE.code());
    assertThat(r.line()).isEqualTo("nothing scored: no half-hour of market days 2023-01-10..2023-01-11 has a"
        + " forecast, a reading and a reading one day earlier (the recorded forecasts cover market days"
        + " 2022-02-16..2022-04-30)");
  }

  @Test
  void evaluatePricesWithNothingToScoreExits5(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("NP.csv");
    try (InputStream in = getClass().getResourceAsStream("/epf/NP_2013_slice.csv")) {
      Files.copy(in, data);
    }
    CliResult r = CliResult.of("evaluate", "prices", "--data", data.toString(), "--test-from", "2020-01-01", "--test-to",
        "2020-01-07", "--model", "naive-weekly");
    assertThat(r.exit()).isEqualTo(ExitCode.NOTHING_DONE.code());
    assertThat(r.line()).isEqualTo("nothing scored: " + data + " holds 2013-01-01..2013-05-10; the test period"
        + " 2020-01-01..2020-01-07 has no day of it");
  }

  @Test
  void badOptionValuesFoundByTheCommandAreUsageErrorsToo() {
    CliResult model = CliResult.of("evaluate", "prices", "--data", "x.csv", "--test-from", "2022-03-01", "--test-to",
        "2022-03-05", "--model", "prophet");
    assertThat(model.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(model.line()).isEqualTo("error: --model: unknown model 'prophet'; choose one of "
        + org.convergence.model.PriceModels.NAMES + " (see: convergence evaluate prices --help)");
    assertThat(model.line()).contains("[lear, lear-wide, gbm, naive-weekly, naive-standard, lear-scar");
    CliResult port = CliResult.of("serve", "--port", "70000", "--data", ".");
    assertThat(port.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(port.line()).isEqualTo("error: --port must be within 0..65535, was 70000 (see: convergence serve"
        + " --help)");
  }
}
