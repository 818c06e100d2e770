package org.convergence.core.dashboard;

/**
 * Port: publishes a market day's dashboard data where the dashboard reads it: the day's own file
 * ({@code <market-day>.json}) and the index of published days ({@code index.json}); and a backtest's strategy
 * comparison ({@code backtest.json}). Publishing a day again replaces it. Implementations: a directory
 * (connectors), a web bucket (cloud runner), {@link
 * InMemoryDashboardPublisher} for tests.
 */
public interface DashboardPublisher {
  /** Writes the day's data, then the index with the day added or replaced. */
  void publish(DashboardDay day);

  /**
   * Records a failed run in the index ({@code failedRun}) without publishing a day, so the dashboard shows the
   * failure even when the run published nothing; a later publication of that day or a later one clears it.
   */
  void publishFailedRun(FailedRun failure);

  /**
   * Writes the backtest's comparison ({@code backtest.json}), then the index as the backtest leaves it
   * ({@link DashboardIndex#ofBacktest}: its own published days only, marked as backtest data).
   *
   * @throws IllegalStateException when the folder holds a run's days (a backtest never goes over a live history);
   *     nothing is written then
   */
  void publishBacktest(DashboardBacktest backtest);

  /** The index as published now; an empty index when nothing has been published. */
  DashboardIndex index();
}
