package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConvergenceCliTest {
  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    CommandLine cli = ConvergenceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void versionPrintsTheProjectVersion() {
    Result r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("convergence ").contains("Java ");
  }

  @Test
  void runHelpDescribesTheDateAndSettingsOptions() {
    Result r = run("run", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--date", "--settings");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Result r = run("frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument");
  }

  @Test
  void missingSettingsFileIsOneClearLine() {
    Result r = run("run", "--settings", "does-not-exist.yaml");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip())
        .startsWith("error: does-not-exist.yaml: settings file not found")
        .doesNotContain("Exception");
  }
}
