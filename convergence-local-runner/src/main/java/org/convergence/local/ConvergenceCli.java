package org.convergence.local;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.convergence.connectors.wiring.QuietLibraries;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./convergence} command: one subcommand per job. */
@Command(
    name = "convergence",
    mixinStandardHelpOptions = true,
    versionProvider = ConvergenceCli.Version.class,
    description = "Bids a renewable site's energy into the AIMLAC day-ahead auction.",
    subcommands = {
      RunCommand.class,
      DaemonCommand.class,
      SettleCommand.class,
      BacktestCommand.class,
      EvaluateCommand.class,
      FetchCommand.class,
      ImportCommand.class,
      ExchangeCommand.class,
      ServeCommand.class,
      BenchmarkCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ConvergenceCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (also used by tests); quiets the libraries' logs for every command. */
  public static CommandLine commandLine() {
    QuietLibraries.apply();
    CommandLine cli = new CommandLine(new ConvergenceCli());
    cli.setExecutionExceptionHandler(new Errors());
    UsageErrors.install(cli);
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints an expected failure as one line and exits 1; a stack trace only for bugs. */
  static final class Errors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
      if (e instanceof UserFacingException || e instanceof IllegalArgumentException) {
        cli.getErr().println("error: " + e.getMessage());
      } else {
        cli.getErr().println("error: " + e);
        e.printStackTrace(cli.getErr());
      }
      return 1;
    }
  }

  /** {@code convergence 0.1.0 (commit 7ad8edfe3fe8, Java 17.0.15)}: the version and commit captured at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = ConvergenceCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {line(p, System.getProperty("java.version"))};
    }

    /** The version line from the build's properties; a value the build could not fill in reads "unknown". */
    static String line(Properties build, String javaVersion) {
      return "convergence " + known(build.getProperty("version")) + " (commit " + known(build.getProperty("commit"))
          + ", Java " + javaVersion + ")";
    }

    private static String known(String value) {
      return value == null || value.isBlank() || value.contains("${") ? "unknown" : value.strip();
    }
  }
}
