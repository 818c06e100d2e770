package org.convergence.local;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./convergence benchmark ...}: speed measurements (never run as tests). */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Measure the speed of the models and of the backtest.",
    subcommands = {BenchmarkPricesCommand.class, BenchmarkBacktestCommand.class, BenchmarkRunCommand.class})
public final class BenchmarkCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
