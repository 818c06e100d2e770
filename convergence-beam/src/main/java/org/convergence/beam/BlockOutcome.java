package org.convergence.beam;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.convergence.core.backtest.DailyPnl;
import org.convergence.core.backtest.DayKind;
import org.convergence.core.backtest.SettledDay;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * What one block of a configuration produced, in a serialisable form that gives back core's values exactly (every
 * double as it was computed): the settled days of {@code from..to} (the same for every strategy), the strategy's
 * settled day on each, the days skipped with the reason, and the value added on each settled day of the warm-up
 * (what the strategy's track record held before {@code from}, checked against the earlier blocks).
 */
public record BlockOutcome(BlockTask task, List<Settled> days, List<Pnl> daily, Map<LocalDate, String> skipped,
    List<Value> warmup, String readingsSource, String weatherSource, String pricesSource) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A settled day of the backtest ({@link SettledDay}). */
  public record Settled(LocalDate day, String kind, String weatherSource, double boundPnlGbp,
      double boundValueAddedGbp, Double oraclePnlGbp) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Settled of(SettledDay d) {
      return new Settled(d.day().date(), d.kind().name(), d.weatherSource(), d.boundPnlGbp(), d.boundValueAddedGbp(),
          d.oraclePnlGbp().isPresent() ? d.oraclePnlGbp().getAsDouble() : null);
    }

    SettledDay toCore() {
      return new SettledDay(MarketDay.of(day), DayKind.valueOf(kind), weatherSource, boundPnlGbp, boundValueAddedGbp,
          oraclePnlGbp == null ? OptionalDouble.empty() : OptionalDouble.of(oraclePnlGbp));
    }
  }

  /** An order the exchange held ({@link Order}). */
  public record HeldOrder(int hour, String side, double volumeMWh, double limitPriceGbpPerMWh) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** An hour's settlement ({@link HourSettlement}). */
  public record Hour(int hour, boolean filled, double contractedNetMWh, double actualNetMWh, double clearingPrice,
      double imbalancePrice, double dayAheadCashGbp, double imbalanceCashGbp) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The strategy's settled day ({@link DailyPnl}). */
  public record Pnl(LocalDate day, String kind, List<HeldOrder> orders, List<Hour> hours, List<Double> expectedNetMWh)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Pnl of(DailyPnl d) {
      List<HeldOrder> orders = d.orders().orders().stream().map(o -> new HeldOrder(o.hour().index() + 1,
          o.side().name(), o.volumeMWh(), o.limitPriceGbpPerMWh())).toList();
      List<Hour> hours = d.hours().stream().map(h -> new Hour(h.hour().index() + 1, h.filled(), h.contractedNetMWh(),
          h.actualNetMWh(), h.clearingPriceGbpPerMWh(), h.imbalancePriceGbpPerMWh(), h.dayAheadCashGbp(),
          h.imbalanceCashGbp())).toList();
      return new Pnl(d.day().date(), d.kind().name(), orders, hours, new ArrayList<>(d.expectedNetMWh()));
    }

    DailyPnl toCore() {
      MarketDay d = MarketDay.of(day);
      List<Order> o = orders.stream().map(h -> new Order(d, HourId.of(h.hour()), Side.valueOf(h.side()),
          h.volumeMWh(), h.limitPriceGbpPerMWh())).toList();
      List<HourSettlement> hs = hours.stream().map(h -> new HourSettlement(d, HourId.of(h.hour()), h.filled(),
          h.contractedNetMWh(), h.actualNetMWh(), h.clearingPrice(), h.imbalancePrice(), h.dayAheadCashGbp(),
          h.imbalanceCashGbp())).toList();
      return new DailyPnl(d, DayKind.valueOf(kind), new OrderSet(d, o), hs, expectedNetMWh);
    }
  }

  /** A settled day's value added, GBP (a track-record entry). */
  public record Value(LocalDate day, double valueAddedGbp) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public BlockOutcome {
    days = List.copyOf(days);
    daily = List.copyOf(daily);
    skipped = new TreeMap<>(skipped);
    warmup = List.copyOf(warmup);
  }

  /** The value added of the strategy on each settled day of the block. */
  List<Value> values() {
    List<Value> v = new ArrayList<>();
    for (Pnl p : daily) {
      v.add(new Value(p.day(), p.toCore().valueAddedGbp()));
    }
    return v;
  }
}
