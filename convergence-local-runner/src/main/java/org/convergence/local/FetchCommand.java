package org.convergence.local;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./convergence fetch ...}: fetch data from public services. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Fetch market data from public services.",
    subcommands = {FetchPricesCommand.class})
public final class FetchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
