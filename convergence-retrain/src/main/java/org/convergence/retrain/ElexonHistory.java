package org.convergence.retrain;

import java.util.List;
import java.util.Objects;
import org.convergence.connectors.elexon.AimlacHours;
import org.convergence.connectors.elexon.ElexonClient;
import org.convergence.core.market.HourPrice;
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
   * Market days {@code from}..{@code to}; imbalance prices only when {@code withImbalancePrices}. Market day D starts at 23:00Z on D-1, so the settlement dates asked for
   * begin a day earlier; hours outside the range are dropped.
   */
  public InMemoryPriceHistory load(MarketDay from, MarketDay to, boolean withImbalancePrices) {
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException("price history " + from + ".." + to + " is empty");
    }
    ElexonClient.DateRange dates = new ElexonClient.DateRange(from.date().minusDays(1), to.date());
    List<HourPrice> clearing = within(AimlacHours.marketIndex(client.marketIndex(dates, ElexonClient.APX,
        chunk -> LOG.info("elexon {} {}: {} rows", chunk.dataset(), chunk.dates(), chunk.rows()))), from, to);
    // system prices come one request per settlement date: fetched only when asked for
    List<HourPrice> imbalance = !withImbalancePrices ? List.of()
        : within(AimlacHours.systemPrices(client.systemPrices(dates,
            chunk -> LOG.info("elexon {} {}: {} rows", chunk.dataset(), chunk.dates(), chunk.rows()))), from, to);
    return InMemoryPriceHistory.of(clearing, imbalance);
  }

  private static List<HourPrice> within(List<HourPrice> prices, MarketDay from, MarketDay to) {
    return prices.stream().filter(p -> p.day().compareTo(from) >= 0 && p.day().compareTo(to) <= 0).toList();
  }

}
