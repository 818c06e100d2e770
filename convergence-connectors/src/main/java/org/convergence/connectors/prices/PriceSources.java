package org.convergence.connectors.prices;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convergence.connectors.elexon.ElexonClient;
import org.convergence.connectors.elexon.ElexonPriceHistory;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.settings.PriceModelSettings;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.PriceHistoryChain;

/** Builds live mode's price-history chain from {@code prices.sources}. */
public final class PriceSources {
  private PriceSources() {}

  /**
   * The chain of the named sources, in order: {@code exchange} the exchange client (its clearing and imbalance
   * endpoints), {@code elexon} Elexon Insights at {@code elexonBase}, {@code database} the store's fetched prices.
   */
  public static PriceHistoryChain chain(List<String> names, PriceHistory exchange, PriceHistory database,
      ElexonClient elexon) {
    Objects.requireNonNull(names, "names");
    List<PriceHistoryChain.Source> sources = new ArrayList<>();
    for (String name : names) {
      sources.add(new PriceHistoryChain.Source(name, switch (name) {
        case "exchange" -> Objects.requireNonNull(exchange, "exchange");
        case "elexon" -> new ElexonPriceHistory(Objects.requireNonNull(elexon, "elexon"));
        case "database" -> Objects.requireNonNull(database, "database");
        default -> throw new IllegalArgumentException("unknown price-history source '" + name + "', expected one of "
            + PriceModelSettings.KNOWN_SOURCES);
      }));
    }
    return new PriceHistoryChain(sources);
  }

  /** {@link #chain} with Elexon Insights' public API and the default HTTP options. */
  public static PriceHistoryChain chain(List<String> names, PriceHistory exchange, PriceHistory database) {
    return chain(names, exchange, database, new ElexonClient(ElexonClient.DEFAULT_BASE_URI, HttpOptions.DEFAULT));
  }
}
