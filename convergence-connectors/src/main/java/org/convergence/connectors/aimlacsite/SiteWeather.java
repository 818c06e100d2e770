package org.convergence.connectors.aimlacsite;

import java.util.ArrayList;
import java.util.List;
import org.convergence.connectors.weather.HalfHourResampler;
import org.convergence.connectors.weather.HourlyWeather;
import org.convergence.connectors.weather.MetOfficeSpotReplay;
import org.convergence.connectors.weather.MetOfficeSpotRow;
import org.convergence.core.solar.SignificantWeather;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/**
 * Recorded Met Office spot forecasts as the site's energy model needs them: the spot data has no irradiance or
 * cloud cover, so each hour's significant-weather code is turned into a cloud cover ({@link SignificantWeather});
 * the energy model then dims its clear sky by it. Half-hours follow {@link HalfHourResampler}'s rules.
 */
public final class SiteWeather {
  private SiteWeather() {}

  /** One contiguous 30-minute forecast over market days {@code first..last} (gaps stay NaN). */
  public static WeatherForecast between(MetOfficeSpotReplay replay, double elevationM, MarketDay first,
      MarketDay last) {
    if (last.compareTo(first) < 0) {
      throw new IllegalArgumentException("last market day " + last + " is before the first " + first);
    }
    List<HourlyWeather> hourly = new ArrayList<>();
    for (MetOfficeSpotRow r : replay.rows(first.deliveryStart().minusSeconds(3600),
        last.deliveryEnd().plusSeconds(3600))) {
      HourlyWeather p = r.toHourly(elevationM);
      double cloud = r.hasSignificantWeatherCode() ? SignificantWeather.cloudCoverPct(r.significantWeatherCode())
          : Double.NaN;
      hourly.add(new HourlyWeather(p.time(), p.airTemperatureC(), p.windSpeedMps(), p.pressureHpa(), cloud,
          Double.NaN, Double.NaN, Double.NaN));
    }
    List<WeatherSample> samples = new ArrayList<>();
    for (MarketDay d = first; d.compareTo(last) <= 0; d = d.next()) {
      samples.addAll(HalfHourResampler.forecast(MetOfficeSpotReplay.NAME, first.gateClosure(),
          MetOfficeSpotReplay.WIND_HEIGHT_M, d, hourly).samples());
    }
    return new WeatherForecast(MetOfficeSpotReplay.NAME, first.gateClosure(), MetOfficeSpotReplay.WIND_HEIGHT_M,
        samples);
  }

  /** The forecast for one market day with {@code spinUpDays} days before it (for the office's thermal state). */
  public static WeatherForecast forDay(MetOfficeSpotReplay replay, double elevationM, MarketDay day,
      int spinUpDays) {
    return between(replay, elevationM, day.minusDays(spinUpDays), day);
  }
}
