package org.convergence.core.backtest;

/**
 * What a settled backtest day's site energy rests on. Every settled day has both prices, so its value added
 * ({@code q (P - I)}, which does not depend on the site's energy) counts; only {@link #METERED} days count towards
 * P&amp;L and bill totals.
 */
public enum DayKind {
  /** Settled against the site's metered net energy. */
  METERED("metered"),
  /** Price-only: no complete readings, settled against the site's own forecast from the recorded weather. */
  FORECAST("price-only, own forecast"),
  /** Price-only: no readings and no recorded weather, settled against the demand-only profile. */
  DEMAND_ONLY("price-only, demand-only profile");

  private final String label;

  DayKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean metered() {
    return this == METERED;
  }
}
