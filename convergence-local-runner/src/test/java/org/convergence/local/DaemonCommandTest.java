package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./convergence daemon} on the command line: its refusals, and a short rehearsal that ends by --until. */
class DaemonCommandTest {
  @TempDir Path dir;

  @Test
  void theInProcessExchangeIsRefusedWithOneLine() throws IOException {
    Path settings = Files.writeString(dir.resolve("settings.yaml"), Files.readString(Path.of("..", "settings.yaml")));
    CliResult r = CliResult.of("daemon", "--settings", settings.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.FAILED.code());
    assertThat(r.err().strip()).startsWith("error: the daemon trades with a real exchange: set exchange.mode: http")
        .doesNotContain("\n");
  }

  @Test
  void aSpeedOfZeroIsAUsageError() {
    CliResult r = CliResult.of("daemon", "--speed", "0");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("--speed must be a number > 0");
  }

  @Test
  void aRehearsalLogsEachActionAndLeavesAStoppedHealthFile() throws IOException {
    // nothing is due between 06:00 and 08:25 (the run is at 08:30): at 600 times real time the daemon starts,
    // beats, idles a few times and stops by --until in seconds
    String yaml = RunCommandAlertsTest.liveSettings(dir, URI.create("http://127.0.0.1:9"), "");
    Path settings = Files.writeString(dir.resolve("settings.yaml"), yaml);
    CliResult r = CliResult.of("daemon", "--settings", settings.toString(), "--clock", "2022-04-26T06:00:00Z", "--speed", "600",
        "--until", "2022-04-26T08:25:00Z");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines[0]).contains(" daemon started: runs at 08:30Z on D-1");
    assertThat(r.out()).contains(" heartbeat: up since 2022-04-26T0")
        .contains("[alert ALIVE not delivered: alerts.webhook_url is empty: alert only logged]")
        .contains(" idle until 2022-04-26T0");
    assertThat(lines[lines.length - 1]).endsWith(" daemon stopped");
    // relative to the settings file's folder
    Path health = dir.resolve("data").resolve("daemon-health.json");
    assertThat(new ObjectMapper().readTree(health.toFile()).get("status").asText()).isEqualTo("stopped");
  }
}
