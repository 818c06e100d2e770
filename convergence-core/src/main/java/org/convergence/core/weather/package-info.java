/**
 * Weather forecasts for the site: the {@link WeatherSource} port (a market day's 30-minute {@link WeatherSample}s as
 * available at {@code asOf}, {@code NaN} for a value not given, in a {@link WeatherForecast}) and {@link
 * WeatherFallbackChain}, which asks the sources in order and keeps the first complete day, saying in a {@link
 * WeatherSelection} of {@link SourceAttempt}s why earlier sources did not serve; {@link DemandOnlyWeather} is the
 * backtest's last resort (calm, dark, a fixed temperature). The Met Office, Open-Meteo and recorded sources are
 * connectors; turning weather into energy is {@code core.energy}.
 */
package org.convergence.core.weather;
