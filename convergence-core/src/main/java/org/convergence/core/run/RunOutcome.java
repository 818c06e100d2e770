package org.convergence.core.run;

/** How a daily run ended. */
public enum RunOutcome {
  /** The plan was submitted (all of it, or the hours that changed). */
  SUBMITTED,
  /** The exchange already held this plan; nothing was sent. */
  UNCHANGED,
  /** The strategy placed no orders, and the exchange held none. */
  NO_ORDERS,
  /** The gate had closed: nothing was planned or sent; the report shows what the exchange holds. */
  GATE_CLOSED;
}
