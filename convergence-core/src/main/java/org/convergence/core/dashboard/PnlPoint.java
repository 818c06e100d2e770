package org.convergence.core.dashboard;

import java.util.Objects;
import org.convergence.core.time.HourId;

/**
 * An hour's P&amp;L and the running total of the day up to and including it, GBP. {@code NaN} when the hour (or
 * any earlier hour, for the running total) is not settled yet.
 */
public record PnlPoint(HourId hour, double pnlGbp, double cumulativeGbp) {
  public PnlPoint {
    Objects.requireNonNull(hour, "hour");
  }
}
