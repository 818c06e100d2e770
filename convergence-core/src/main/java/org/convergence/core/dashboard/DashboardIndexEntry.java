package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * One published market day as the index lists it, with the numbers the overview and the history plot across days.
 *
 * @param state the day's {@link DayState} (never {@link DayState#FAILED})
 * @param valueAddedGbp P&amp;L minus the P&amp;L of not trading over the settled hours ({@code NaN} when none is
 *     settled)
 * @param boundValueAddedGbp the perfect-foresight bound's value added over those hours ({@code NaN} when unknown)
 * @param orders orders the exchange holds for the day ({@code -1} when an older index did not say)
 * @param filledOrders of which filled ({@code -1} when an older index did not say)
 * @param priceMaeGbpPerMWh mean absolute error of the point price forecast over the cleared hours ({@code NaN}
 *     when none is cleared or an older index did not say)
 * @param netEnergyMaeKWh mean absolute error of the forecast net energy per metered half-hour ({@code NaN} when
 *     none is metered or an older index did not say)
 */
public record DashboardIndexEntry(MarketDay day, DayStatus status, DayState state, Instant generatedAt,
    double pnlGbp, double valueAddedGbp, double boundValueAddedGbp, int orders, int filledOrders,
    double carbonSavedKgCo2, double priceMaeGbpPerMWh, double netEnergyMaeKWh) {
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
