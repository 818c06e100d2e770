package org.convergence.core.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.MeteredNet;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.strategy.NetUncertainty;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherSource;

/**
 * Estimates how wrong the site's net forecast tends to be: for each of the last {@code lookbackDays} market days
 * before {@code day}, the forecast made before that day's gate (same weather source and energy model as the run) is
 * compared with the metered net of each hour that had ended, and was read, by {@code asOf}. Forecasts of past days
 * are cached, so a backtest computes each once.
 */
public final class ForecastErrors {
  public static final int DEFAULT_LOOKBACK_DAYS = 14;
  /** Past days' forecasts are taken as they stood this long before their gate, like the daily run's. */
  public static final Duration LEAD_BEFORE_GATE = Duration.ofMinutes(30);

  private final WeatherSource weather;
  private final EnergyModel energy;
  private final SiteReadings readings;
  private final int lookbackDays;
  private final Map<MarketDay, EnergyForecast> cache = new HashMap<>();

  public ForecastErrors(WeatherSource weather, EnergyModel energy, SiteReadings readings, int lookbackDays) {
    this.weather = weather;
    this.energy = energy;
    this.readings = readings;
    this.lookbackDays = lookbackDays;
  }

  public NetUncertainty uncertainty(MarketDay day, Instant asOf) {
    SiteReadings known = CausalViews.readings(readings, asOf);
    List<Double> errors = new ArrayList<>();
    for (int k = 1; k <= lookbackDays; k++) {
      MarketDay past = day.minusDays(k);
      if (past.deliveryStart().isAfter(asOf)) {
        continue;
      }
      List<Double> actual = MeteredNet.hourlyNetMWhOrNaN(past, known);
      if (actual.stream().allMatch(v -> v.isNaN())) {
        continue;
      }
      EnergyForecast f;
      try {
        f = forecastOf(past);
      } catch (RuntimeException e) {
        continue; // no forecast for that day (e.g. a gap in the recorded weather): no errors from it
      }
      for (HourId h : HourId.all()) {
        double a = actual.get(h.index());
        if (!Double.isNaN(a) && !past.hour(h).end().isAfter(asOf)) {
          errors.add(a - f.netMWh(h));
        }
      }
    }
    return NetUncertainty.ofErrors(errors);
  }

  private EnergyForecast forecastOf(MarketDay past) {
    EnergyForecast f = cache.get(past);
    if (f == null) {
      Instant asOf = past.gateClosure().minus(LEAD_BEFORE_GATE);
      f = energy.forecast(past, weather.forecast(past, asOf));
      cache.put(past, f);
    }
    return f;
  }
}
