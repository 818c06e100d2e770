package org.convergence.core.run;

/** Port: keeps every run's report (forecasts, orders, receipt) so runs can be audited and plotted. */
public interface RunStore {
  void save(RunReport report);

  /** Keeps nothing (backtests). */
  static RunStore discarding() {
    return report -> { };
  }
}
