package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConvergenceCliTest {
  @Test
  void versionPrintsTheProjectVersionAndTheCommitOrUnknown() {
    CliResult r = CliResult.of("--version");
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
    CliResult r = CliResult.of("run", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--date", "--settings");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliResult r = CliResult.of("frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument");
  }

  @Test
  void missingSettingsFileIsOneClearLine() {
    CliResult r = CliResult.of("run", "--settings", "does-not-exist.yaml");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip())
        .startsWith("error: does-not-exist.yaml: settings file not found")
        .doesNotContain("Exception");
  }
}
