package org.convergence.connectors.weather;

import java.time.Instant;
import java.util.Objects;

/**
 * One hourly step of a Met Office DataHub site-specific ("spot") forecast, with the API's own field names and
 * units (the columns of {@code metoffice_spot.csv} are the same). {@code NaN} = missing ({@code NULL} in the CSV,
 * absent in JSON). Values are as published: instantaneous at {@link #time()} unless the name says otherwise
 * (totals are over the preceding hour; max/min are over the preceding hour).
 *
 * @param time validity time, UTC, on the hour
 * @param windDirectionFrom10mDeg wind direction at 10 m, degrees from north the wind blows from
 * @param visibilityM visibility, m
 * @param mslpPa mean sea level pressure, Pa
 * @param uvIndex UV index
 * @param significantWeatherCode Met Office significant weather code 0..30 (-1 = missing, NaN being no int)
 * @param precipitationRateMmPerH precipitation rate, mm/h
 * @param totalPrecipAmountMm precipitation over the preceding hour, mm
 * @param totalSnowAmountMm snow over the preceding hour, mm
 * @param probOfPrecipitationPct probability of precipitation, %
 * @param screenRelativeHumidityPct relative humidity at screen height (1.5 m), %
 * @param windGustSpeed10mMps wind gust speed at 10 m, m/s
 * @param max10mWindGustMps maximum 10 m gust over the preceding hour, m/s
 * @param windSpeed10mMps wind speed at 10 m, m/s
 * @param screenTemperatureC air temperature at screen height, degrees C
 * @param maxScreenAirTempC maximum screen temperature over the preceding hour, degrees C
 * @param minScreenAirTempC minimum screen temperature over the preceding hour, degrees C
 * @param screenDewPointTemperatureC dew point at screen height, degrees C
 * @param feelsLikeTemperatureC feels-like temperature, degrees C
 */
public record MetOfficeSpotRow(
    Instant time,
    double windDirectionFrom10mDeg,
    double visibilityM,
    double mslpPa,
    double uvIndex,
    int significantWeatherCode,
    double precipitationRateMmPerH,
    double totalPrecipAmountMm,
    double totalSnowAmountMm,
    double probOfPrecipitationPct,
    double screenRelativeHumidityPct,
    double windGustSpeed10mMps,
    double max10mWindGustMps,
    double windSpeed10mMps,
    double screenTemperatureC,
    double maxScreenAirTempC,
    double minScreenAirTempC,
    double screenDewPointTemperatureC,
    double feelsLikeTemperatureC) {
  /** Value of {@link #significantWeatherCode()} when the source gave none. */
  public static final int MISSING_CODE = -1;

  public MetOfficeSpotRow {
    Objects.requireNonNull(time, "time");
    if (significantWeatherCode != MISSING_CODE && (significantWeatherCode < 0 || significantWeatherCode > 30)) {
      throw new IllegalArgumentException("significantWeatherCode must be 0..30, was " + significantWeatherCode);
    }
  }

  public boolean hasSignificantWeatherCode() {
    return significantWeatherCode != MISSING_CODE;
  }

  /**
   * The hourly step the resampler needs. Pressure: the Met Office gives mean sea level pressure; the site's
   * surface pressure is that reduced to {@code elevationM} with the International Standard Atmosphere
   * barometric formula, {@code p = p0 (1 - 2.25577e-5 h)^5.25588} (at 250 m about 3 % lower).
   */
  public HourlyWeather toHourly(double elevationM) {
    double surfacePa = mslpPa * Math.pow(1 - 2.25577e-5 * elevationM, 5.25588);
    return HourlyWeather.points(time, screenTemperatureC, windSpeed10mMps, surfacePa / 100.0);
  }
}
