package org.convergence.core.run;

import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;

/** Port: the site's physics, weather forecast -> expected wind, solar and demand per half-hour, with warnings. */
public interface EnergyModel {
  EnergyForecast forecast(MarketDay day, WeatherForecast weather);
}
