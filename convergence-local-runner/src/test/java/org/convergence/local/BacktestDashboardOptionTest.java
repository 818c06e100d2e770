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
 * clear error. (The published days themselves are checked by the dashboard fixture test.)
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
}
