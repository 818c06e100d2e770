package org.convergence.core.price;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.MarketDay;

/**
 * Price history from sources tried in order (in live mode e.g. the exchange's price endpoints, then Elexon, then
 * the database of fetched prices), like the weather fallback chain: for each request the first source that answers
 * with rows serves it. A source that throws, or answers with no rows, is passed over with the reason noted; when
 * every source answers with no rows the answer is empty (a range without data). When every source fails the chain
 * fails with every reason ({@link PriceHistoryUnavailableException}).
 *
 * <p>{@link #servedBy()} and {@link #passedOver()} tell a run report which source served and why others did not.
 */
public final class PriceHistoryChain implements PriceHistory {
  /** One named source of the chain. */
  public record Source(String name, PriceHistory history) {
    public Source {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(history, "history");
    }
  }

  private final List<Source> sources;
  private final Map<String, Integer> served = new LinkedHashMap<>();
  private final Map<String, java.util.Set<String>> passedOver = new LinkedHashMap<>();

  public PriceHistoryChain(List<Source> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a price-history chain needs at least one source");
    }
    this.sources = List.copyOf(sources);
  }

  public List<Source> sources() {
    return sources;
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return ask("clearing prices", from, to, PriceHistory::clearingPrices);
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return ask("imbalance prices", from, to, PriceHistory::imbalancePrices);
  }

  private List<HourPrice> ask(String what, MarketDay from, MarketDay to, Query query) {
    if (to.compareTo(from) < 0) {
      return List.of();
    }
    List<String> reasons = new ArrayList<>();
    boolean anyAnswered = false;
    for (Source s : sources) {
      List<HourPrice> rows;
      try {
        rows = query.ask(s.history(), from, to);
      } catch (RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        reasons.add(s.name() + ": " + reason);
        note(s.name(), "unavailable - " + reason);
        continue;
      }
      anyAnswered = true;
      if (!rows.isEmpty()) {
        synchronized (this) {
          served.merge(s.name(), 1, Integer::sum);
        }
        return rows;
      }
      reasons.add(s.name() + ": no " + what + " for " + from + ".." + to);
      note(s.name(), "no " + what + " for " + from + ".." + to);
    }
    if (anyAnswered) {
      return List.of();
    }
    throw new PriceHistoryUnavailableException("no price-history source served " + what + " for " + from + ".."
        + to + ": " + String.join("; ", reasons));
  }

  private synchronized void note(String source, String reason) {
    java.util.Set<String> reasons = passedOver.computeIfAbsent(source, k -> new java.util.LinkedHashSet<>());
    if (reasons.size() < MAX_REASONS) {
      reasons.add(reason);
    }
  }

  /** Distinct reasons kept per source for the report. */
  private static final int MAX_REASONS = 3;

  /** The sources that served, with how many requests each ("exchange" or "database (3), elexon (1)"). */
  public synchronized String servedBy() {
    if (served.isEmpty()) {
      return "none";
    }
    if (served.size() == 1) {
      return served.keySet().iterator().next();
    }
    return served.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
  }

  /** Why sources were passed over, up to three distinct reasons per source ("exchange: unavailable - HTTP 404"). */
  public synchronized String passedOver() {
    return passedOver.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
        .collect(Collectors.joining("; "));
  }

  @FunctionalInterface
  private interface Query {
    List<HourPrice> ask(PriceHistory h, MarketDay from, MarketDay to);
  }
}
