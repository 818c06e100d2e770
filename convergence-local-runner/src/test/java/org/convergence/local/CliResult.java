package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** What one command line printed and returned, run in-process the way {@code ./convergence} runs it. */
record CliResult(int exit, String out, String err) {
  /** {@code ./convergence args...}: the configured command line, its output captured. */
  static CliResult of(String... args) {
    return of(ConvergenceCli.commandLine(), args);
  }

  /** {@code args} on a command line a test configured itself (e.g. one command with injected services). */
  static CliResult of(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new CliResult(exit, out.toString(), err.toString());
  }

  /** The error output, which must be exactly one line without a stack trace or the usage page. */
  String line() {
    assertThat(err.strip()).as("one line on stderr").doesNotContain("\n");
    assertThat(err).doesNotContain("Exception").doesNotContain("Usage:");
    return err.strip();
  }
}
