/**
 * The site's energy: {@link SiteEnergyModel}, its physics (a weather forecast in; wind, solar and demand per half-hour
 * out, an {@link EnergyForecast} of {@link EnergyInterval}s with warnings, from {@code core.solar}, {@code core.wind}
 * and {@code core.demand}), fitted to the readings ({@link SiteCalibration}, {@link HorizonCalibration}) and corrected
 * by its recent residuals ({@link ResidualCorrection}), with the seed's formulas as baseline ({@link SeedEnergyModel});
 * and metering: {@link SiteReading}s behind the {@link SiteReadings} port, hourly nets ({@link MeteredNet}) and the
 * {@link SiteMeter} port ({@link SiteMeter#of} over any readings). Reading files or the exchange's meter endpoints is
 * connectors' work; the run's {@code EnergyModel} port is {@code core.run}'s.
 */
package org.convergence.core.energy;
