/**
 * Grid carbon intensity and what the site's generation saves: {@link CarbonIntensity} (half-hourly forecast and actual
 * gCO2/kWh, {@code NaN} when not given), the {@link CarbonIntensitySource} port, and {@link CarbonSavings} (each kWh
 * generated on site times the intensity over its interval, weighed by overlap; generation without an intensity is
 * counted apart). The GB Carbon Intensity API client and the recorded intensities are in connectors; the dashboard's
 * rows are {@code core.dashboard.CarbonIntensity}.
 */
package org.convergence.core.carbon;
