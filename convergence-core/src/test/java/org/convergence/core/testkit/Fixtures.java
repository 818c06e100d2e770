package org.convergence.core.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.Quantile;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;

/** Small builders for tests: forecasts from per-hour functions. */
public final class Fixtures {
  private Fixtures() {}

  /** An energy forecast whose hour h (1..24) has net {@code netMWh(h)}, split evenly over its two half-hours. */
  public static EnergyForecast energy(MarketDay day, IntToDoubleFunction netMWh) {
    List<EnergyInterval> halves = new ArrayList<>();
    List<Interval> grid = day.halfHours();
    for (int i = 0; i < grid.size(); i++) {
      double netKWh = netMWh.applyAsDouble(i / 2 + 1) * 1000 / 2;
      double wind = Math.max(netKWh, 0) + 100;
      double demand = wind - netKWh;
      halves.add(new EnergyInterval(grid.get(i), wind, 0, demand));
    }
    return new EnergyForecast(day, halves, List.of());
  }

  /** A price forecast with point {@code point(h)} and 10/50/90 % quantiles at -20 %, 0, +20 % of |point|. */
  public static PriceForecast prices(MarketDay day, IntToDoubleFunction point) {
    List<HourPriceForecast> hours = new ArrayList<>();
    for (HourId h : HourId.all()) {
      double p = point.applyAsDouble(h.value());
      double w = 0.2 * Math.abs(p);
      hours.add(new HourPriceForecast(h, p,
          List.of(new Quantile(0.1, p - w), new Quantile(0.5, p), new Quantile(0.9, p + w))));
    }
    return new PriceForecast(day, "test", hours);
  }
}
