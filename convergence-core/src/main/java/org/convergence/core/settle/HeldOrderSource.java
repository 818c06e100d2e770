package org.convergence.core.settle;

import java.util.List;
import java.util.Objects;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.store.OrderStore;
import org.convergence.core.time.MarketDay;

/**
 * Where the settlement reads the orders held for a day: the exchange itself (live: its fill flags count), or the held
 * orders a run stored (an in-process exchange dies with its process).
 */
public interface HeldOrderSource {
  String name();

  /** The orders held for the day, one per hour, with the fill outcome when the source knows it. */
  List<HeldOrder> heldOrders(MarketDay day);

  /** True when the orders come from the exchange (so the store's copy can be checked against them). */
  boolean isExchange();

  /** Read back from the exchange. */
  static HeldOrderSource exchange(Exchange exchange, String name) {
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(name, "name");
    return new HeldOrderSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<HeldOrder> heldOrders(MarketDay day) {
        return exchange.heldOrders(day);
      }

      @Override
      public boolean isExchange() {
        return true;
      }
    };
  }

  /** The held orders the day's run stored. */
  static HeldOrderSource stored(OrderStore store) {
    Objects.requireNonNull(store, "store");
    return new HeldOrderSource() {
      @Override
      public String name() {
        return "stored held orders";
      }

      @Override
      public List<HeldOrder> heldOrders(MarketDay day) {
        return store.heldOrders(day);
      }

      @Override
      public boolean isExchange() {
        return false;
      }
    };
  }
}
