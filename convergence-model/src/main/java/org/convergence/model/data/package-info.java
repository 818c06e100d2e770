/**
 * The price data the models see: {@link DailySeries}, hourly prices and optional day-ahead exogenous series by
 * market day and hour 0..23 (NaN where missing), masked to the information set before a day ({@code knownUpTo}) and
 * gap-interpolated; {@link PriceDataReader} reads the epftoolbox CSV layout (Lago et al. 2021) and the GB AIMLAC
 * hourly file, {@link GbFundamentalsReader} attaches GB fundamentals ({@code forecast_features.csv}) as exogenous
 * series. Reading these evaluation data files (Commons CSV) is its only I/O: a run's recorded prices come through
 * core's {@code PriceHistory} (connectors, persistence), and no SQL or HTTP here.
 */
package org.convergence.model.data;
