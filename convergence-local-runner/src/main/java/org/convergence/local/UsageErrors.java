package org.convergence.local;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * Command-line mistakes (an unknown option, a malformed value, a missing required option, {@code --from} after
 * {@code --to}) print one line naming the option and what it expects, then exit {@link ExitCode#USAGE} (2). The
 * usage page is for {@code --help}. Dates and instants are converted here so the line says which format is expected.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  private UsageErrors() {}

  /** Sets the handler and the date/instant converters on {@code cli} and all its subcommands. */
  static void install(CommandLine cli) {
    cli.registerConverter(LocalDate.class, UsageErrors::date);
    cli.registerConverter(Instant.class, UsageErrors::instant);
    cli.setParameterExceptionHandler(new UsageErrors());
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("error: " + firstLine(e.getMessage()) + " (see: " + cli.getCommandSpec().qualifiedName()
        + " --help)");
    err.flush();
    return ExitCode.USAGE.code();
  }

  /**
   * The usage error of a range whose end is before its start, e.g. {@code --to 2022-03-01 is before --from
   * 2022-03-05}; thrown from a command, it is handled like a parse error.
   */
  static ParameterException rangeError(CommandLine cli, String toOption, LocalDate to, String fromOption,
      LocalDate from) {
    return new ParameterException(cli, toOption + " " + to + " is before " + fromOption + " " + from);
  }

  /** Checks that {@code to} is not before {@code from}. */
  static void checkRange(CommandLine cli, String fromOption, LocalDate from, String toOption, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw rangeError(cli, toOption, to, fromOption, from);
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected a date YYYY-MM-DD such as 2022-03-14" + reason(e));
    }
  }

  static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected a UTC instant YYYY-MM-DDTHH:MM:SSZ such as 2022-04-29T08:30:00Z"
          + reason(e));
    }
  }

  private static String reason(DateTimeParseException e) {
    return e.getCause() == null || e.getCause().getMessage() == null ? "" : " (" + e.getCause().getMessage() + ")";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "bad command line";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
