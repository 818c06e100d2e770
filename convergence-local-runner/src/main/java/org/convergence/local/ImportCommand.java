package org.convergence.local;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./convergence import ...}: bring recorded data into the database. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import recorded data into the database.",
    subcommands = {ImportReadingsCommand.class})
public final class ImportCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
