package org.convergence.core.price;

import java.util.List;
import java.util.Objects;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * The joint predictive distribution of clearing price and spread for the 24 hours of a market day, by the model
 * {@code modelId}; every hour holds the same number of scenarios (scenario {@code k} is one joint draw).
 */
public record SpreadForecast(MarketDay day, String modelId, List<HourSpreadForecast> hours) {
  public SpreadForecast {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(modelId, "modelId");
    hours = List.copyOf(hours);
    if (hours.size() != HourId.LAST) {
      throw new IllegalArgumentException("a spread forecast for " + day + " needs 24 hours, has " + hours.size());
    }
    int n = hours.get(0).scenarioCount();
    for (int i = 0; i < hours.size(); i++) {
      if (hours.get(i).hour().value() != i + 1) {
        throw new IllegalArgumentException("spread forecast hours must be 1..24 in order; position " + i + " holds "
            + hours.get(i).hour());
      }
      if (hours.get(i).scenarioCount() != n) {
        throw new IllegalArgumentException("spread forecast for " + day + ": " + hours.get(i).hour() + " has "
            + hours.get(i).scenarioCount() + " scenarios, hour 1 has " + n);
      }
    }
  }

  public HourSpreadForecast hour(HourId hour) {
    return hours.get(hour.index());
  }

  public int scenarioCount() {
    return hours.get(0).scenarioCount();
  }
}
