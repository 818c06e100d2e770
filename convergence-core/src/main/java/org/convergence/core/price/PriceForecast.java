package org.convergence.core.price;

import java.util.List;
import java.util.Objects;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/** Forecast clearing prices for the 24 hours of a market day, by the model {@code modelId}. */
public record PriceForecast(MarketDay day, String modelId, List<HourPriceForecast> hours) {
  public PriceForecast {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(modelId, "modelId");
    hours = List.copyOf(hours);
    if (hours.size() != HourId.LAST) {
      throw new IllegalArgumentException("a price forecast for " + day + " needs 24 hours, has " + hours.size());
    }
    for (int i = 0; i < hours.size(); i++) {
      if (hours.get(i).hour().value() != i + 1) {
        throw new IllegalArgumentException("price forecast hours must be 1..24 in order; position " + i + " holds "
            + hours.get(i).hour());
      }
    }
  }

  public HourPriceForecast hour(HourId hour) {
    return hours.get(hour.index());
  }

  public double meanPointGbpPerMWh() {
    return hours.stream().mapToDouble(HourPriceForecast::pointGbpPerMWh).average().orElse(Double.NaN);
  }
}
