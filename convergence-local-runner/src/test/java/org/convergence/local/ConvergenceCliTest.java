package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Properties;
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
  void versionPrintsTheProjectVersionAndTheCommitOrUnknown() {
    Result r = run("--version");
    assertThat(r.exit()).isZero();
    // a build from a clone records the commit (12 hex digits); one without git says so
    assertThat(r.out().strip())
        .matches("convergence \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{12}|unknown), Java \\S+\\)");
  }

  @Test
  void theVersionLineSaysUnknownForWhatTheBuildCouldNotFillIn() {
    Properties built = new Properties();
    built.setProperty("version", "0.1.0-SNAPSHOT");
    built.setProperty("commit", "7ad8edfe3fe8");
    assertThat(ConvergenceCli.Version.line(built, "17.0.15"))
        .isEqualTo("convergence 0.1.0-SNAPSHOT (commit 7ad8edfe3fe8, Java 17.0.15)");
    built.setProperty("commit", "${convergence.commit}");
    assertThat(ConvergenceCli.Version.line(built, "17"))
        .isEqualTo("convergence 0.1.0-SNAPSHOT (commit unknown, Java 17)");
    built.remove("commit");
    assertThat(ConvergenceCli.Version.line(built, "17")).contains("(commit unknown,");
    assertThat(ConvergenceCli.Version.line(new Properties(), "17"))
        .isEqualTo("convergence unknown (commit unknown, Java 17)");
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
