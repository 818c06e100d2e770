package org.convergence.core.dashboard;

/** How far a market day has got, as far as the dashboard knows. */
public enum DayStatus {
  /** Orders planned from forecasts; no clearing prices yet. */
  FORECAST,
  /** Clearing prices known (fills decided), but not every hour is settled against metered energy. */
  CLEARED,
  /** All 24 hours settled: clearing and imbalance prices and metered energy known. */
  SETTLED
}
