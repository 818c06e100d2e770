package org.convergence.core.store;

/** Where a traded day's settlement stands. */
public enum SettlementStatus {
  /** Every hour settled and stored. */
  SETTLED,
  /** Delivered, but a price, the orders or the metered energy is not (yet) known; the record says which. */
  PENDING
}
