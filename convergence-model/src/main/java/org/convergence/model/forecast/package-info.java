/**
 * The price models behind core's {@link org.convergence.core.price.PriceForecaster} port: {@link ModelPriceForecaster}
 * turns the clearing prices of a {@code PriceHistory} published by the run's time into a masked {@code DailySeries}
 * and forecasts with a fixed model (from a model file) or a recipe recalibrated at every call, adding quantiles from
 * its errors on the last 28 known days when the model has none; {@code gb(...)} is the daily run's, the backtest's
 * and the sweep's forecaster, falling back to {@code naive-weekly}. AIMLAC market only (no exogenous series). The
 * models are the family packages'; prices come through the port (connectors, persistence), no I/O here.
 */
package org.convergence.model.forecast;
