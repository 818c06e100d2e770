/**
 * The daily job for one market day, written against ports: {@link DailyRun} makes the day's forecasts ({@link
 * DayForecasts}, each input as it stood at the clock's instant through {@link CausalViews}), plans with the strategy,
 * sends only the hours that differ from what the exchange holds, reads back and verifies, stores and publishes, and
 * says what it did ({@link RunReport}, {@link RunOutcome}; {@link TradedRunException} when it fails after sending).
 * Also the {@link EnergyModel} port, the physics corrected by its residuals ({@link CorrectedEnergyModel}) and the net
 * forecast's past errors ({@link ForecastErrors}). No I/O: exchange, store, dashboard and sources come in as ports;
 * settling is {@code core.settle}, when to run {@code core.schedule}.
 */
package org.convergence.core.run;
