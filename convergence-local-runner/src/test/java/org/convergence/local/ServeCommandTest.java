package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aWebDirectoryWithoutTheDashboardIsAUserError() {
    Result r = run("serve", "--port", "0", "--data", dir.toString(), "--web", dir.toString());
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.err).contains("error: --web: " + dir + " is not a dashboard directory (it has no index.html)")
        .doesNotContain("Exception");
  }

  @Test
  void aPortOutOfRangeIsAUserError() {
    Result r = run("serve", "--port", "70000", "--data", dir.toString());
    assertThat(r.exit).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err).contains("error: --port must be within 0..65535, was 70000");
  }

  @Test
  void theDashboardIsPackagedWithTheRunner() {
    assertThat(ServeCommand.class.getResource(ServeCommand.PACKAGED_WEB + "/index.html")).isNotNull();
    assertThat(ServeCommand.class.getResource(ServeCommand.PACKAGED_WEB + "/vendor/uplot/LICENSE")).isNotNull();
  }

  private record Result(int exit, String err) {}

  private static Result run(String... args) {
    CommandLine cli = ConvergenceCli.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, err.toString());
  }
}
