package org.convergence.core.alert;

/** What an alert is about; {@link #problem()} tells a heartbeat from something to act on. */
public enum AlertKind {
  /** A run failed (an error stopped it). */
  RUN_FAILED("run failed", true),
  /** A day's gate closed without a completed run. */
  GATE_MISSED("gate missed", true),
  /** Orders were sent, but the exchange holds fewer (or other) orders than planned. */
  NOT_VERIFIED("exchange does not hold the plan", true),
  /** A settlement found something to check, e.g. the exchange's fill flag contradicting the fill rule. */
  SETTLEMENT_WARNING("settlement warning", true),
  /** The daemon's daily heartbeat. */
  ALIVE("alive", false);

  private final String title;
  private final boolean problem;

  AlertKind(String title, boolean problem) {
    this.title = title;
    this.problem = problem;
  }

  public String title() {
    return title;
  }

  public boolean problem() {
    return problem;
  }
}
