package org.convergence.core.price;

import java.time.Instant;
import java.util.Arrays;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * Clearing and imbalance prices of the market days {@code from..to} as a day x hour grid (GBP/MWh, NaN = missing or
 * not yet published at {@code asOf} by {@link SpreadForecaster#isPublished}). The one place spread forecasters turn
 * a {@link PriceHistory} into arrays.
 */
public final class PriceGrid {
  private final MarketDay from;
  private final double[][] clearing;
  private final double[][] imbalance;

  private PriceGrid(MarketDay from, double[][] clearing, double[][] imbalance) {
    this.from = from;
    this.clearing = clearing;
    this.imbalance = imbalance;
  }

  public static PriceGrid of(PriceHistory history, MarketDay from, MarketDay to, Instant asOf) {
    int days = (int) (to.date().toEpochDay() - from.date().toEpochDay()) + 1;
    if (days < 1) {
      throw new IllegalArgumentException("price grid " + from + ".." + to + " is empty");
    }
    double[][] p = nanGrid(days);
    double[][] i = nanGrid(days);
    fill(p, history.clearingPrices(from, to), from, asOf);
    fill(i, history.imbalancePrices(from, to), from, asOf);
    return new PriceGrid(from, p, i);
  }

  private static double[][] nanGrid(int days) {
    double[][] g = new double[days][HourId.LAST];
    for (double[] row : g) {
      Arrays.fill(row, Double.NaN);
    }
    return g;
  }

  private static void fill(double[][] grid, Iterable<HourPrice> prices, MarketDay from, Instant asOf) {
    for (HourPrice hp : prices) {
      int d = (int) (hp.day().date().toEpochDay() - from.date().toEpochDay());
      if (d >= 0 && d < grid.length && SpreadForecaster.isPublished(hp.day().hour(hp.hour()).end(), asOf)) {
        grid[d][hp.hour().index()] = hp.priceGbpPerMWh();
      }
    }
  }

  public MarketDay from() {
    return from;
  }

  public int dayCount() {
    return clearing.length;
  }

  /** Index of a market day in the grid (may be outside 0..dayCount-1). */
  public int indexOf(MarketDay day) {
    return (int) (day.date().toEpochDay() - from.date().toEpochDay());
  }

  public MarketDay day(int index) {
    return from.plusDays(index);
  }

  /** Clearing price of (day index, hour index 0..23); NaN when missing, unpublished or outside the grid. */
  public double clearing(int d, int h) {
    return d < 0 || d >= clearing.length ? Double.NaN : clearing[d][h];
  }

  public double imbalance(int d, int h) {
    return d < 0 || d >= imbalance.length ? Double.NaN : imbalance[d][h];
  }

  /** {@code P - I}; NaN when either is missing. */
  public double spread(int d, int h) {
    return clearing(d, h) - imbalance(d, h);
  }

  /** A SHA-256 of every price in the grid (NaN included), naming the data a model was calibrated on. */
  public String sha256() {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(Long.BYTES * HourId.LAST * 2);
      for (int d = 0; d < clearing.length; d++) {
        b.clear();
        for (int h = 0; h < HourId.LAST; h++) {
          b.putDouble(clearing[d][h]).putDouble(imbalance[d][h]);
        }
        md.update(b.array());
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** True when every hour of the day has both prices. */
  public boolean complete(int d) {
    for (int h = 0; h < HourId.LAST; h++) {
      if (Double.isNaN(spread(d, h))) {
        return false;
      }
    }
    return true;
  }
}
