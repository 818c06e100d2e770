package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * One published market day as the index lists it, with the numbers the overview and the history plot across days.
 *
 * @param state the day's {@link DayState} (never {@link DayState#FAILED})
 * @param valueAddedGbp P&L minus the P&L of not trading over the settled hours ({@code NaN} when none is settled)
 */
public record DashboardIndexEntry(MarketDay day, DayStatus status, DayState state, Instant generatedAt,
    double pnlGbp, double valueAddedGbp, double carbonSavedKgCo2) {
  public DashboardIndexEntry {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }

  /** The name of the day's data file beside the index: {@code <market-day>.json}. */
  public String fileName() {
    return fileName(day);
  }

  public static String fileName(MarketDay day) {
    return day + ".json";
  }
}
