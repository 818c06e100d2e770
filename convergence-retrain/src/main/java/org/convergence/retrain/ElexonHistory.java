package org.convergence.retrain;

import java.util.List;
import java.util.Objects;
import org.convergence.connectors.elexon.ElexonClient;
import org.convergence.connectors.elexon.ElexonPriceHistory;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.MarketDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GB day-ahead reference price (Elexon's APXMIDP market index, the series the AIMLAC exchange clears at) and the
 * system (imbalance) price, by AIMLAC market day and hour, for the training window of a retrain.
 */
public final class ElexonHistory {
  private static final Logger LOG = LoggerFactory.getLogger(ElexonHistory.class);

  private final ElexonClient client;

  public ElexonHistory(ElexonClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Market days {@code from}..{@code to} ({@link ElexonPriceHistory}: the settlement dates D-1..D, hours outside the
   * range dropped); imbalance prices only when {@code withImbalancePrices}, as they come one request per settlement
   * date.
   */
  public InMemoryPriceHistory load(MarketDay from, MarketDay to, boolean withImbalancePrices) {
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException("price history " + from + ".." + to + " is empty");
    }
    ElexonPriceHistory elexon = new ElexonPriceHistory(client,
        chunk -> LOG.info("elexon {} {}: {} rows", chunk.dataset(), chunk.dates(), chunk.rows()));
    return InMemoryPriceHistory.of(elexon.clearingPrices(from, to),
        withImbalancePrices ? elexon.imbalancePrices(from, to) : List.of());
  }
}
