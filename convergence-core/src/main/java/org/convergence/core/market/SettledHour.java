package org.convergence.core.market;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A traded hour as the daily settlement stored it: its {@link HourSettlement} and what it is measured against, the
 * fill outcomes, where its inputs came from and when it was settled.
 *
 * @param noTradePnlGbp the hour's P&amp;L without an order (metered net x imbalance price); NaN when not known
 * @param boundPnlGbp the most any order within the grid connection could have made ({@link
 *     Settlement#boundPnlGbp}); NaN when not known
 * @param exchangeFilled the exchange's fill flag for the order; empty without an order or without a flag (a
 *     replayed day settled from stored held orders)
 * @param ruleFilled what the fill rule says on the clearing price used (false without an order)
 * @param source where the prices, the orders and the metered energy came from
 * @param settledAt when these inputs were first settled
 * @param revision 1 for the first settlement of the hour, one more each time changed inputs replaced it
 */
public record SettledHour(
    HourSettlement settlement,
    double noTradePnlGbp,
    double boundPnlGbp,
    Optional<Boolean> exchangeFilled,
    boolean ruleFilled,
    String source,
    Instant settledAt,
    int revision) {
  public SettledHour {
    Objects.requireNonNull(settlement, "settlement");
    Objects.requireNonNull(exchangeFilled, "exchangeFilled");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(settledAt, "settledAt");
    if (revision < 1) {
      throw new IllegalArgumentException("a settled hour's revision starts at 1, was " + revision);
    }
  }

  /** What the hour's trading added over not trading: P&amp;L minus the no-trade P&amp;L. */
  public double valueAddedGbp() {
    return settlement.pnlGbp() - noTradePnlGbp;
  }

  public double pnlGbp() {
    return settlement.pnlGbp();
  }

  /** True when the exchange's flag contradicts the fill rule on our clearing price (the flag counted). */
  public boolean fillMismatch() {
    return exchangeFilled.isPresent() && exchangeFilled.get() != ruleFilled;
  }

  /** True when both settled the same inputs to the same result (prices, energy, orders' outcome, benchmarks). */
  public boolean sameInputs(SettledHour other) {
    return settlement.equals(other.settlement) && exchangeFilled.equals(other.exchangeFilled)
        && ruleFilled == other.ruleFilled && Double.compare(noTradePnlGbp, other.noTradePnlGbp) == 0
        && Double.compare(boundPnlGbp, other.boundPnlGbp) == 0;
  }
}
