package org.convergence.connectors.settings;

import java.util.Objects;
import java.util.Set;

/** The bidding strategy, by name. */
public record StrategySettings(String name) {
  public static final Set<String> KNOWN = Set.of("seed", "hedge", "quantile", "spread", "none", "ev");

  public StrategySettings {
    Objects.requireNonNull(name, "name");
    if (!KNOWN.contains(name)) {
      throw new IllegalArgumentException("unknown strategy '" + name + "', expected one of " + KNOWN);
    }
  }
}
