package org.convergence.core.settle;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.convergence.core.market.SettledHour;
import org.convergence.core.store.SettlementStatus;
import org.convergence.core.time.MarketDay;

/**
 * What settling a day gave: {@link SettlementStatus#SETTLED} with its 24 hours, or {@link SettlementStatus#PENDING}
 * with the reason in {@code message}. {@code warnings} hold what needs a person's attention (fill flags of the
 * exchange contradicting the fill rule, orders held differently from the store's copy, a publication that failed);
 * {@code hoursReplaced} counts the stored hours whose inputs had changed.
 */
public record SettlementResult(MarketDay day, SettlementStatus status, String message, List<SettledHour> hours,
    List<String> warnings, List<String> sources, int hoursReplaced, boolean published) {
  public SettlementResult {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    hours = List.copyOf(hours);
    warnings = List.copyOf(warnings);
    sources = List.copyOf(sources);
  }

  static SettlementResult pending(MarketDay day, String why, List<String> warnings, List<String> sources) {
    return new SettlementResult(day, SettlementStatus.PENDING, why, List.of(), warnings, sources, 0, false);
  }

  public boolean isSettled() {
    return status == SettlementStatus.SETTLED;
  }

  public double pnlGbp() {
    return sum(SettledHour::pnlGbp);
  }

  public double dayAheadGbp() {
    return sum(h -> h.settlement().dayAheadCashGbp());
  }

  public double imbalanceGbp() {
    return sum(h -> h.settlement().imbalanceCashGbp());
  }

  /** P&amp;L without trading (every hour's metered net at its imbalance price). */
  public double noTradePnlGbp() {
    return sum(SettledHour::noTradePnlGbp);
  }

  public double valueAddedGbp() {
    return sum(SettledHour::valueAddedGbp);
  }

  /** The sum of the hours' bounds: the most any orders within the grid connection could have made. */
  public double boundPnlGbp() {
    return sum(SettledHour::boundPnlGbp);
  }

  /** The hours whose exchange fill flag contradicted the fill rule (the flag counted). */
  public List<SettledHour> fillMismatches() {
    return hours.stream().filter(SettledHour::fillMismatch).toList();
  }

  /** NaN for a pending day. */
  private double sum(ToDoubleFunction<SettledHour> f) {
    return hours.isEmpty() ? Double.NaN : hours.stream().mapToDouble(f).sum();
  }
}
