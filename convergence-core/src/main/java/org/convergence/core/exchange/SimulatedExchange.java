package org.convergence.core.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.PublishedPrices;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * An in-process AIMLAC exchange for several teams (one key each), replaying recorded prices. It applies the AIMLAC
 * rules: key check; orders for D received at or after D-1 09:00:00Z (by the injected clock) are rejected, and the
 * message says how many and why; one order per hour counts, the latest received; a SELL fills when its limit &lt;=
 * the clearing price, a BUY when its limit &gt;= it; imbalance prices as recorded.
 *
 * <p>It keeps its clock: an hour's clearing and imbalance prices, and the fill outcome of an order for that hour,
 * appear only once the hour's delivery has ended by the injected clock ({@link PublishedPrices}); before that the
 * prices are absent and {@link HeldOrder#filled()} is empty. No call of the exchange moves its clock.
 *
 * <p>Use {@link #forKey(String)} for the {@link Exchange} port of one team:
 *
 * <pre>{@code
 * SettableClock clock = new SettableClock(day.gateClosure().minus(Duration.ofMinutes(30)));
 * Exchange exchange = new SimulatedExchange(clock, prices, List.of(key)).forKey(key);
 * SubmissionReceipt receipt = exchange.submit(orders);
 * List<HeldOrder> held = exchange.heldOrders(day);
 * }</pre>
 *
 * Thread-safe.
 */
public final class SimulatedExchange {
  private final Clock clock;
  /** The replayed prices as published by the clock. */
  private final PriceHistory prices;
  private final Map<String, Integer> keyIds = new HashMap<>();
  /** key id -> market day -> hour -> latest order received. */
  private final Map<Integer, Map<MarketDay, TreeMap<HourId, ReceivedOrder>>> book = new HashMap<>();
  /** key id -> market day -> every order received, in order. */
  private final Map<Integer, Map<MarketDay, List<ReceivedOrder>>> everyOrder = new HashMap<>();
  private long nextOrderId = 1;

  public SimulatedExchange(Clock clock, PriceHistory prices, Collection<String> keys) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.prices = PublishedPrices.byClock(Objects.requireNonNull(prices, "prices"), clock);
    for (String key : keys) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("an exchange key must not be blank");
      }
      keyIds.putIfAbsent(key, keyIds.size() + 1);
    }
    if (keyIds.isEmpty()) {
      throw new IllegalArgumentException("a simulated exchange needs at least one key");
    }
  }

  /**
   * The exchange as one team sees it. A key the exchange does not know gives an exchange that refuses the calls a
   * key guards (submitting and reading back orders); the published prices are public, as on the HTTP exchange.
   */
  public Exchange forKey(String key) {
    return new TeamView(key);
  }

  public Clock clock() {
    return clock;
  }

  /** The id the exchange gives the key (1, 2, ...), as the AIMLAC API's {@code key_id}. */
  public int keyId(String key) {
    Integer id = key == null ? null : keyIds.get(key);
    if (id == null) {
      throw new ExchangeAuthenticationException("the exchange does not know this key");
    }
    return id;
  }

  public boolean knows(String key) {
    return key != null && keyIds.containsKey(key);
  }

  /**
   * Receives orders (of any days, several per hour allowed: the later one in the list wins) at the clock's instant.
   * Late orders are rejected one by one; the others are stored.
   */
  public synchronized SubmissionReceipt submit(String key, List<Order> orders) {
    int keyId = keyId(key);
    Instant now = clock.instant();
    int accepted = 0;
    Map<MarketDay, Integer> lateByDay = new TreeMap<>();
    for (Order order : orders) {
      Objects.requireNonNull(order, "order");
      if (!order.day().isOpenAt(now)) {
        lateByDay.merge(order.day(), 1, Integer::sum);
        continue;
      }
      ReceivedOrder received = new ReceivedOrder(nextOrderId++, now, order);
      book.computeIfAbsent(keyId, k -> new HashMap<>())
          .computeIfAbsent(order.day(), d -> new TreeMap<>())
          .put(order.hour(), received);
      everyOrder.computeIfAbsent(keyId, k -> new HashMap<>())
          .computeIfAbsent(order.day(), d -> new ArrayList<>()).add(received);
      accepted++;
    }
    return new SubmissionReceipt(accepted, lateMessage(lateByDay, now));
  }

  private static String lateMessage(Map<MarketDay, Integer> lateByDay, Instant now) {
    if (lateByDay.isEmpty()) {
      return "";
    }
    int rejected = lateByDay.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder m = new StringBuilder("rejected " + rejected + " orders because of time limit;");
    lateByDay.forEach((day, n) -> m.append(" ").append(n).append(" for ").append(day).append(" (gate closed at ")
        .append(day.gateClosure()).append(", received at ").append(now).append(");"));
    return m.toString();
  }

  /**
   * Every order received for a day under the key, in the order received (an hour sent twice appears twice), as the
   * original AIMLAC exchange lists them; the latest per hour is the one that counts ({@link #received}).
   */
  public synchronized List<ReceivedOrder> everyReceived(String key, MarketDay day) {
    int keyId = keyId(key);
    List<ReceivedOrder> all = everyOrder.getOrDefault(keyId, Map.of()).get(day);
    return all == null ? List.of() : List.copyOf(all);
  }

  /** The orders held for a day under the key: the latest per hour, hour 1 first. */
  public synchronized List<ReceivedOrder> received(String key, MarketDay day) {
    int keyId = keyId(key);
    TreeMap<HourId, ReceivedOrder> hours = book.getOrDefault(keyId, Map.of()).get(day);
    return hours == null ? List.of() : List.copyOf(hours.values());
  }

  /**
   * The orders held for a day under the key, with their outcome against the clearing prices published by the clock
   * (empty for an hour not yet delivered).
   */
  public List<HeldOrder> heldOrders(String key, MarketDay day) {
    List<ReceivedOrder> received = received(key, day);
    if (received.isEmpty()) {
      return List.of();
    }
    Map<HourId, Double> clearing = clearingByHour(day);
    List<HeldOrder> out = new ArrayList<>(received.size());
    for (ReceivedOrder r : received) {
      out.add(HeldOrder.against(r.order(), Optional.ofNullable(clearing.get(r.order().hour()))));
    }
    return List.copyOf(out);
  }

  /** The day's clearing prices published by the clock, by hour (hours without a published price are absent). */
  public Map<HourId, Double> clearingByHour(MarketDay day) {
    Map<HourId, Double> byHour = new TreeMap<>();
    for (HourPrice p : prices.clearingPrices(day, day)) {
      byHour.put(p.hour(), p.priceGbpPerMWh());
    }
    return byHour;
  }

  /** Clearing prices published by the clock. */
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return prices.clearingPrices(from, to);
  }

  /** Imbalance prices published by the clock. */
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return prices.imbalancePrices(from, to);
  }

  @Override
  public String toString() {
    return "SimulatedExchange[" + keyIds.size() + " keys, clock " + clock + "]";
  }

  private final class TeamView implements Exchange {
    private final String key;

    TeamView(String key) {
      this.key = key;
    }

    @Override
    public SubmissionReceipt submit(OrderSet orders) {
      return SimulatedExchange.this.submit(key, orders.orders());
    }

    @Override
    public List<HeldOrder> heldOrders(MarketDay day) {
      return SimulatedExchange.this.heldOrders(key, day);
    }

    @Override
    public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
      return prices.clearingPrices(from, to);
    }

    @Override
    public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
      return prices.imbalancePrices(from, to);
    }

    @Override
    public String toString() {
      return "SimulatedExchange.forKey(***)";
    }
  }
}
