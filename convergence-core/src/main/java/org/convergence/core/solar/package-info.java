/**
 * The solar array's physics, one effect per type, after pvlib: the sun's position by NREL's SPA ({@link
 * SolarPositions}, {@link SunPosition}), air mass ({@link Atmosphere}), the clear sky ({@link ClearSky}), cloud cover
 * to a clear-sky index ({@link CloudModel}, {@link SignificantWeather}), GHI split by {@link Erbs}, the skyline's
 * shade ({@link HorizonProfile}), transposition to the plane of array ({@link PlaneOfArray}) and cell temperature
 * ({@link CellTemperature}), chained into the array's AC power by {@link PvArrayModel}. Pure computation: fetching the
 * weather is connectors' (behind {@code core.weather}), fitting the array to its readings is {@code core.energy}'s.
 */
package org.convergence.core.solar;
