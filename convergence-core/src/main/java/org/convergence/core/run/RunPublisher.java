package org.convergence.core.run;

/** Port: publishes a run's results for people to look at (the dashboard data). */
public interface RunPublisher {
  void publish(RunReport report);

  static RunPublisher none() {
    return report -> { };
  }
}
