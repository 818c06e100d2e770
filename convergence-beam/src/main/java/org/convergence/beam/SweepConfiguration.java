package org.convergence.beam;

import java.io.Serializable;
import java.util.List;

/**
 * One configuration of a sweep: a strategy and the settings keys it replaces ({@code KEY=VALUE}, as {@code backtest
 * --set}), named by {@code id} (its result files are {@code configurations/<id>.*}).
 */
public record SweepConfiguration(String id, String strategy, List<String> settings) implements Serializable {
  private static final long serialVersionUID = 1L;

  public SweepConfiguration {
    settings = List.copyOf(settings);
  }

  /** The {@code ./convergence backtest} options that reproduce this configuration alone (besides the period). */
  public String backtestOptions() {
    StringBuilder b = new StringBuilder("--strategy ").append(strategy);
    settings.forEach(s -> b.append(" --set ").append(s));
    return b.toString();
  }
}
