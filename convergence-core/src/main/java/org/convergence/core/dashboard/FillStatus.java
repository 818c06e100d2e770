package org.convergence.core.dashboard;

/** What became of an hour's order. */
public enum FillStatus {
  /** No order was placed for the hour. */
  NO_ORDER,
  /** The clearing price is not known yet. */
  PENDING,
  FILLED,
  NOT_FILLED
}
