package org.convergence.core.dashboard;

/**
 * The headline numbers of a market day. Sums run over the hours where the value is known; a sum over no hours is
 * {@code NaN}. GBP, MWh, kgCO2, GBP/MWh.
 *
 * @param soldMWh filled SELL volume
 * @param boughtMWh filled BUY volume
 * @param forecastMaeGbpPerMWh mean absolute error of the point price forecast over the cleared hours
 * @param meteredGenerationMWh metered wind + solar over the metered half-hours
 * @param noTradePnlGbp what the settled hours would have made without any order (metered net x imbalance price)
 * @param valueAddedGbp P&amp;L minus {@code noTradePnlGbp} over the settled hours: what trading added
 * @param boundValueAddedGbp the perfect-foresight bound's value added over the settled hours ({@link
 *     org.convergence.core.market.PerfectForesightBound}); {@code NaN} without the grid connection
 * @param netEnergyMaeKWh mean absolute error of the forecast net energy (generation - demand) per half-hour over the
 *     metered half-hours, kWh
 */
public record DaySummary(
    DayStatus status,
    DayState state,
    int orders,
    int filledOrders,
    int settledHours,
    double soldMWh,
    double boughtMWh,
    double dayAheadCashGbp,
    double imbalanceCashGbp,
    double pnlGbp,
    double noTradePnlGbp,
    double valueAddedGbp,
    double boundValueAddedGbp,
    double forecastGenerationMWh,
    double forecastDemandMWh,
    double meteredGenerationMWh,
    double meteredDemandMWh,
    double carbonSavedKgCo2,
    double meanForecastGbpPerMWh,
    double meanClearingGbpPerMWh,
    double forecastMaeGbpPerMWh,
    double netEnergyMaeKWh) {}
