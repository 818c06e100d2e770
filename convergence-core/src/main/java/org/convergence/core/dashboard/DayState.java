package org.convergence.core.dashboard;

/**
 * The one state machine of a market day as the trader sees it (documented in {@code docs/dashboard-data.md}):
 * {@code planned -> submitted -> cleared -> settled}, and {@code failed} for a run that ended in an error (shown
 * as a banner, see {@link FailedRun}; the day keeps the state of what was last published for it). The run
 * publishes {@link #PLANNED} or {@link #SUBMITTED}, the settlement {@link #CLEARED} or {@link #SETTLED}.
 */
public enum DayState {
  /** Planned from forecasts; the exchange holds no order for the day. */
  PLANNED("planned, no orders held"),
  /** The exchange holds the day's orders; no clearing prices yet, so no fill is known. */
  SUBMITTED("submitted, awaiting prices"),
  /** Clearing prices known (fills decided); not every hour is settled against metered energy yet. */
  CLEARED("cleared, awaiting settlement"),
  /** All 24 hours settled: clearing and imbalance prices and metered energy known. */
  SETTLED("settled"),
  /** The latest run for the day failed (only ever the state of a {@link FailedRun}). */
  FAILED("run failed");

  private final String label;

  DayState(String label) {
    this.label = label;
  }

  /** The words the dashboard shows, e.g. {@code "submitted, awaiting prices"}. */
  public String label() {
    return label;
  }

  /** The state of a published day from its status and whether the exchange holds any of its orders. */
  public static DayState of(DayStatus status, int orders) {
    return switch (status) {
      case SETTLED -> SETTLED;
      case CLEARED -> CLEARED;
      case FORECAST -> orders > 0 ? SUBMITTED : PLANNED;
    };
  }
}
