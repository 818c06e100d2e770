package org.convergence.core.store;

import java.util.Optional;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;

/** Port: the forecasts a run made for a market day, one of each kind per day. */
public interface ForecastStore {
  /** Stores the weather forecast a run used for {@code day}, replacing the one stored for that day. */
  void saveWeatherForecast(MarketDay day, WeatherForecast forecast);

  Optional<WeatherForecast> weatherForecast(MarketDay day);

  /** Stores the energy forecast (48 half-hours and its warnings), replacing the one stored for its day. */
  void saveEnergyForecast(EnergyForecast forecast);

  Optional<EnergyForecast> energyForecast(MarketDay day);

  /** Stores the price forecast (24 hours, point and quantiles, model id), replacing the one stored for its day. */
  void savePriceForecast(PriceForecast forecast);

  Optional<PriceForecast> priceForecast(MarketDay day);
}
