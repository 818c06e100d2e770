package org.convergence.connectors.elexon;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;

/**
 * The {@link PriceHistory} port over Elexon Insights: clearing prices are the hourly means of the APXMIDP market
 * index, imbalance prices those of the system prices ({@link AimlacHours}), fetched when asked. AIMLAC market day D
 * starts at 23:00 UTC of D-1, so the settlement dates D-1..D are fetched and the hours outside from..to dropped.
 */
public final class ElexonPriceHistory implements PriceHistory {
  private final ElexonClient client;
  private final Consumer<ElexonClient.ChunkResult> progress;

  public ElexonPriceHistory(ElexonClient client) {
    this(client, chunk -> { });
  }

  /** The same, telling {@code progress} about each chunk of rows fetched (e.g. to log it). */
  public ElexonPriceHistory(ElexonClient client, Consumer<ElexonClient.ChunkResult> progress) {
    this.client = Objects.requireNonNull(client, "client");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    if (to.compareTo(from) < 0) {
      return List.of();
    }
    return within(AimlacHours.marketIndex(client.marketIndex(range(from, to), ElexonClient.APX, progress)), from,
        to);
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    if (to.compareTo(from) < 0) {
      return List.of();
    }
    return within(AimlacHours.systemPrices(client.systemPrices(range(from, to), progress)), from, to);
  }

  private static ElexonClient.DateRange range(MarketDay from, MarketDay to) {
    return new ElexonClient.DateRange(from.date().minusDays(1), to.date());
  }

  private static List<HourPrice> within(List<HourPrice> hours, MarketDay from, MarketDay to) {
    return hours.stream().filter(h -> h.day().compareTo(from) >= 0 && h.day().compareTo(to) <= 0).sorted().toList();
  }

  @Override
  public String toString() {
    return "ElexonPriceHistory[" + client + "]";
  }
}
