package org.convergence.core.backtest;

import java.util.List;
import java.util.Objects;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * One strategy's settled market day: what the day's energy rests on, the orders the exchange held, each hour's
 * settlement (against the metered net, or on a price-only day against the site's own forecast) and the expected net
 * the strategy was given (MWh per hour, hour 1 first).
 */
public record DailyPnl(MarketDay day, DayKind kind, OrderSet orders, List<HourSettlement> hours,
    List<Double> expectedNetMWh) {
  public DailyPnl {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(orders, "orders");
    hours = List.copyOf(hours);
    expectedNetMWh = List.copyOf(expectedNetMWh);
    if (hours.size() != HourId.LAST || expectedNetMWh.size() != HourId.LAST) {
      throw new IllegalArgumentException(day + ": a settled day has 24 hours and 24 expected nets");
    }
  }

  public double dayAheadGbp() {
    return hours.stream().mapToDouble(HourSettlement::dayAheadCashGbp).sum();
  }

  public double imbalanceGbp() {
    return hours.stream().mapToDouble(HourSettlement::imbalanceCashGbp).sum();
  }

  public double pnlGbp() {
    return dayAheadGbp() + imbalanceGbp();
  }

  /**
   * The value added over not trading: {@code sum_h q_h (P_h - I_h)} for the filled contracts {@code q_h}, which is
   * this day's P&amp;L minus {@code none}'s on the same energy and does not depend on that energy. GBP.
   */
  public double valueAddedGbp() {
    return hours.stream().mapToDouble(DailyPnl::hourValueAddedGbp).sum();
  }

  static double hourValueAddedGbp(HourSettlement h) {
    return h.contractedNetMWh() * (h.clearingPriceGbpPerMWh() - h.imbalancePriceGbpPerMWh());
  }

  /** The contracted position beyond the expected net in an hour, {@code q_h - n_h}, MWh. */
  public double positionBeyondNetMWh(HourId hour) {
    return hours.get(hour.index()).contractedNetMWh() - expectedNetMWh.get(hour.index());
  }
}
