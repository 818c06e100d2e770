package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/** One published market day as the index lists it, with the numbers the overview plots across days. */
public record DashboardIndexEntry(
    MarketDay day, DayStatus status, Instant generatedAt, double pnlGbp, double carbonSavedKgCo2) {
  public DashboardIndexEntry {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(status, "status");
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
