package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code backtest --dashboard DIR} publishes the configured strategy; leaving it out of {@code --strategy} is a
 * clear error, and so is a DIR that is the live dashboard's folder or holds a run's days. (The published days and
 * backtest.json are checked by the dashboard fixture and browser tests.)
 */
class BacktestDashboardOptionTest {
  @TempDir Path dir;

  @Test
  void theConfiguredStrategyMustBeAmongTheTestedOnes() {
    CommandLine cli = ConvergenceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    Path data = dir.resolve("dashboard");

    int exit = cli.execute("backtest", "--settings", Path.of("..", "settings.yaml").toString(), "--from",
        "2022-03-22", "--to", "2022-03-22", "--strategy", "none", "--dashboard", data.toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("--dashboard publishes the configured strategy ")
        .contains(", which --strategy leaves out");
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void theLiveDashboardsFolderIsRefused() throws java.io.IOException {
    Path live = dir.resolve("live");
    String yaml = Files.readString(Path.of("..", "settings.yaml"))
        .replace("data_dir: ./data/dashboard", "data_dir: " + live);
    Path settings = dir.resolve("settings.yaml");
    Files.writeString(settings, yaml);

    CliResult r = CliResult.of("backtest", "--settings", settings.toString(), "--from", "2022-03-22", "--to",
        "2022-03-22", "--dashboard", live.toString());

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("is the live dashboard's folder (settings dashboard.data_dir)");
    assertThat(Files.exists(live)).isFalse();
  }

  @Test
  void aFolderHoldingARunsDaysIsRefusedAndKeptAsItWas() throws java.io.IOException {
    Path live = dir.resolve("other");
    new org.convergence.connectors.dashboard.FileSystemDashboardPublisher(live, "Test site").publish(
        org.convergence.core.dashboard.DashboardTestDays.settled(org.convergence.core.time.MarketDay.of(2022, 3, 22),
            java.time.Instant.parse("2022-03-23T00:00:00Z")));
    String before = Files.readString(live.resolve("index.json"));

    CliResult r = CliResult.of("backtest", "--settings", Path.of("..", "settings.yaml").toString(), "--from",
        "2022-03-22", "--to", "2022-03-22", "--dashboard", live.toString());

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("holds 1 market day of live data: a backtest is published into its own folder,"
        + " never over a live history");
    assertThat(Files.readString(live.resolve("index.json"))).isEqualTo(before);
    assertThat(Files.exists(live.resolve("backtest.json"))).isFalse();
  }
}
