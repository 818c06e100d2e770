package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./convergence benchmark run} on the shipped settings (replay, offline): the in-process runs and the
 * {@code ./convergence run} processes of {@code --processes}, with the launcher's one-shot JVM options. It checks what
 * is printed and that the processes really ran, not how fast (speeds are measured by the command, not by tests).
 */
class BenchmarkRunCommandTest {
  @TempDir Path dir;

  @AfterEach
  void clearTheLaunchersProperty() {
    System.clearProperty(BenchmarkRunCommand.ONE_SHOT_JVM_OPTIONS_PROPERTY);
  }

  @Test
  void eachModelAlsoRunsAsItsOwnProcessWithTheLaunchersOptions() throws IOException {
    System.setProperty(BenchmarkRunCommand.ONE_SHOT_JVM_OPTIONS_PROPERTY, " -XX:TieredStopAtLevel=1  -Xss2m ");
    CliResult r = CliResult.of("benchmark", "run", "--settings", ShippedSettings.writeIn(dir).toString(), "--models", "naive-weekly",
        "--runs", "2", "--processes", "2");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DONE.code());
    assertThat(r.out())
        .contains("run of 2022-04-30 (replay, strategy hedge), 2 runs per model")
        .containsPattern("naive-weekly +\\(naive-weekly-daily\\): Timings total cold \\d+ ms, warm median \\d+ ms")
        .contains("2 ./convergence run processes per model, JVM options: -XX:TieredStopAtLevel=1 -Xss2m")
        .containsPattern("naive-weekly +cold processes: Timings total median \\d+ ms \\(\\d+\\.\\.\\d+\\); prices step"
            + " median \\d+ ms \\(\\d+\\.\\.\\d+\\)");
    // every run, in-process or not, had a database and dashboard of its own: the settings' were never opened
    assertThat(dir.resolve("db")).doesNotExist();
    assertThat(dir.resolve("dashboard")).doesNotExist();
  }

  @Test
  void aProcessThatFailsIsOneLineNamingTheModel() throws IOException {
    System.setProperty(BenchmarkRunCommand.ONE_SHOT_JVM_OPTIONS_PROPERTY, "-XX:+NoSuchJvmOption");
    CliResult r = CliResult.of("benchmark", "run", "--settings", ShippedSettings.writeIn(dir).toString(), "--models", "naive-weekly",
        "--runs", "2", "--processes", "1");
    assertThat(r.exit()).isEqualTo(ExitCode.FAILED.code());
    assertThat(r.line()).startsWith("error: ./convergence run with prices.model naive-weekly (own process) exited 1")
        .contains("NoSuchJvmOption");
  }

  @Test
  void withoutTheLauncherTheProcessesGetTheJvmsDefaultsAndSaySo() throws IOException {
    CliResult r = CliResult.of("benchmark", "run", "--settings", ShippedSettings.writeIn(dir).toString(), "--models", "naive-weekly",
        "--runs", "2", "--processes", "1");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DONE.code());
    assertThat(r.out()).contains("JVM options: none (the jar was not started by ./convergence)");
  }

  @Test
  void aNegativeProcessCountIsAUsageError() throws IOException {
    CliResult r = CliResult.of("benchmark", "run", "--settings", ShippedSettings.writeIn(dir).toString(), "--processes", "-1");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("--processes must be at least 0, not -1");
  }
}
