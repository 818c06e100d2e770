package org.convergence.core.dashboard;

/**
 * Where published dashboard data comes from, shown with it so replayed and backtest data is never taken for live
 * trading. A backtest's days never share an index with a run's ({@link DashboardIndex#with}): a backtest publishes
 * into its own folder.
 */
public enum DataSource {
  /** The daily run and settlement against the real exchange. */
  LIVE("live"),
  /** The daily run in replay mode: a recorded day traded offline on the simulated exchange. */
  REPLAY("replayed"),
  /** {@code ./convergence backtest --dashboard}: recorded days replayed and settled by the backtest. */
  BACKTEST("backtest");

  private final String label;

  DataSource(String label) {
    this.label = label;
  }

  /** The word the dashboard shows, e.g. {@code "replayed"}. */
  public String label() {
    return label;
  }

  /** Whether days of this source and {@code other} may be listed in one index (a backtest's days stand alone). */
  public boolean mixesWith(DataSource other) {
    return (this == BACKTEST) == (other == BACKTEST);
  }
}
