package org.convergence.local;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./convergence evaluate ...}: measure the models on recorded data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluate the models on recorded data.",
    subcommands = {EvaluateSiteCommand.class, EvaluatePricesCommand.class, EvaluateSpreadCommand.class})
public final class EvaluateCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
