package org.convergence.core.backtest;

import java.util.List;
import java.util.Objects;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.MarketDay;

/** One strategy's settled market day: the orders the exchange held and each hour's settlement. */
public record DailyPnl(MarketDay day, OrderSet orders, List<HourSettlement> hours) {
  public DailyPnl {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(orders, "orders");
    hours = List.copyOf(hours);
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
}
