/**
 * The AIMLAC site's recordings: {@link EnergyOnsiteReader} reads {@code energy_onsite.csv} (powers in W, consumption
 * negative, six turbines), a file or the bundled copy, into {@link EnergyOnsiteRow}s as recorded and into core's {@link
 * org.convergence.core.energy.SiteReading}s in kW; {@link SiteWeather} turns the recorded Met Office spot forecasts
 * into the {@link org.convergence.core.weather.WeatherForecast} the energy model needs, cloud cover from each hour's
 * significant-weather code. The energy model and that code's cloud cover are core's; reading the spot CSV is the {@code
 * weather} package's, replaying the readings on the exchange's {@code /sim} endpoints {@code exchange}'s.
 */
package org.convergence.connectors.aimlacsite;
