/**
 * GB carbon intensity for core's {@link org.convergence.core.carbon.CarbonIntensitySource} port: {@link
 * CarbonIntensityClient} reads the National Grid ESO Carbon Intensity API (no key; JSON per half-hour in gCO2/kWh,
 * fetched in chunks of {@value CarbonIntensityClient#MAX_DAYS} days) and {@link RecordedCarbonIntensity} replays an
 * hourly CSV (the bundled Jan-Apr 2022 slice) for replay runs, its values served as forecasts. What a run, a backtest
 * or a settlement does with the intensity is core's.
 */
package org.convergence.connectors.carbon;
