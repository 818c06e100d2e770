/**
 * Weather forecasts for core's {@link org.convergence.core.weather.WeatherSource} port: {@link MetOfficeDataHubSource}
 * (the Met Office's site-specific hourly forecast, key in a header), {@link OpenMeteoSource} (Open-Meteo, no key) and
 * {@link MetOfficeSpotReplay} (the recorded {@code metoffice_spot.csv}, for backtests and offline runs), each hourly
 * forecast resampled to core's 30-minute grid by {@link HalfHourResampler}; {@link WeatherSources} builds the {@link
 * org.convergence.core.weather.WeatherFallbackChain} of settings.yaml's {@code weather:} section. The fallback rule
 * itself, the solar and energy models and the significant-weather-to-cloud table are core's; timeouts and retries are
 * the {@code http} package's.
 */
package org.convergence.connectors.weather;
