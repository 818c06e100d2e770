package org.convergence.model.selection;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.convergence.core.time.MarketDay;

/** A model's point-forecast errors over an evaluation period, one entry per hour with a known clearing price. */
public record Evaluation(String modelId, List<ForecastError> errors) {
  public Evaluation {
    Objects.requireNonNull(modelId, "modelId");
    errors = List.copyOf(errors);
  }

  public Set<MarketDay> days() {
    return errors.stream().map(ForecastError::day).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Mean absolute error, GBP/MWh (NaN without errors). */
  public double maeGbpPerMWh() {
    return errors.stream().mapToDouble(ForecastError::absoluteGbpPerMWh).average().orElse(Double.NaN);
  }

  /** Root mean squared error, GBP/MWh (NaN without errors). */
  public double rmseGbpPerMWh() {
    return Math.sqrt(errors.stream().mapToDouble(e -> e.absoluteGbpPerMWh() * e.absoluteGbpPerMWh()).average()
        .orElse(Double.NaN));
  }
}
