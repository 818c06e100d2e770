package org.convergence.core.price;

/** A forecast quantile: the price (GBP/MWh) that the outcome stays below with probability {@code level}. */
public record Quantile(double level, double priceGbpPerMWh) {
  public Quantile {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("quantile level must be within (0, 1), was " + level);
    }
    if (!Double.isFinite(priceGbpPerMWh)) {
      throw new IllegalArgumentException("quantile price must be finite, was " + priceGbpPerMWh);
    }
  }
}
