package org.convergence.core.settle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.convergence.core.carbon.CarbonIntensitySource;
import org.convergence.core.dashboard.CarbonIntensity;
import org.convergence.core.dashboard.DashboardDay;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.dashboard.SolarAngle;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.MeteredDay;
import org.convergence.core.energy.SiteMeter;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.SettledHour;
import org.convergence.core.market.Settlement;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.PublishedPrices;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.store.ConvergenceStore;
import org.convergence.core.store.SettlementRecord;
import org.convergence.core.store.SettlementStatus;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * The daily settlement of traded days, written against ports. After the delivery of day D (by the injected clock)
 * it gathers the clearing and imbalance prices published by then ({@link PriceHistory}), the orders held ({@link
 * HeldOrderSource}) and the site's metered net energy ({@link SiteMeter}); settles each hour with {@link Settlement}
 * (the backtest's code): contracted, filled, metered net, day-ahead cash, imbalance cash, P&amp;L, value added over
 * not trading, and the hour's bound {@code X I + cap |P - I|}; stores one row per hour with its source; and publishes
 * the settled day to the dashboard.
 *
 * <p>When the exchange's fill flag contradicts the fill rule on our clearing price, the exchange's flag counts; the
 * mismatch is stored with the day and returned as a warning. A day lacking prices, orders or metering stays
 * {@link SettlementStatus#PENDING} and says which. Idempotent: settling a day again keeps each stored hour whose
 * inputs are unchanged and replaces (revision + 1, new source) each whose inputs changed, e.g. a revised imbalance
 * price.
 *
 * <pre>{@code
 * DailySettlement job = DailySettlement.builder().clock(clock).prices(exchange, "exchange")
 *     .orders(HeldOrderSource.exchange(exchange, "exchange")).meter(meter).grid(grid).store(store)
 *     .dashboard(publisher, siteName, location).build();
 * SettlementResult day = job.settle(MarketDay.of(2022, 4, 29));
 * List<SettlementResult> all = job.settleOutstanding();
 * }</pre>
 */
public final class DailySettlement {
  private final Clock clock;
  private final PriceHistory prices;
  private final String priceSource;
  private final HeldOrderSource orders;
  private final SiteMeter meter;
  private final GridConnection grid;
  private final ConvergenceStore store;
  private final Optional<DashboardPublisher> dashboard;
  private final String siteName;
  private final Optional<GeoLocation> location;
  private final Optional<CarbonIntensitySource> carbon;

  private DailySettlement(Builder b) {
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.prices = Objects.requireNonNull(b.prices, "prices");
    this.priceSource = Objects.requireNonNull(b.priceSource, "priceSource");
    this.orders = Objects.requireNonNull(b.orders, "orders");
    this.meter = Objects.requireNonNull(b.meter, "meter");
    this.grid = Objects.requireNonNull(b.grid, "grid");
    this.store = Objects.requireNonNull(b.store, "store");
    this.dashboard = Optional.ofNullable(b.dashboard);
    this.siteName = b.siteName;
    this.location = Optional.ofNullable(b.location);
    this.carbon = Optional.ofNullable(b.carbon);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The traded days (a stored submission or held orders) delivered by now whose settlement is not stored as
   * settled, oldest first.
   */
  public List<MarketDay> outstandingDays() {
    Instant now = clock.instant();
    List<MarketDay> out = new ArrayList<>();
    for (MarketDay d : store.tradedDays()) {
      if (!d.deliveryEnd().isAfter(now) && store.settlementRecord(d)
          .map(r -> r.status() != SettlementStatus.SETTLED).orElse(true)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** Settles every {@link #outstandingDays() outstanding day}, oldest first; those with incomplete data stay pending. */
  public List<SettlementResult> settleOutstanding() {
    return outstandingDays().stream().map(this::settle).toList();
  }

  /**
   * Settles one day (again): stored and published when its data is complete, else pending with the reason (stored
   * too when the day has been delivered and was not settled before).
   *
   * @throws org.convergence.core.exchange.ExchangeException when the exchange holding the orders cannot be read
   * @throws org.convergence.core.store.StoreException when the store fails
   */
  public SettlementResult settle(MarketDay day) {
    Instant now = clock.instant();
    List<String> sources = List.of("prices: " + priceSource, "orders: " + orders.name(), "meter: " + meter.name());
    if (day.deliveryEnd().isAfter(now)) {
      return SettlementResult.pending(day, "delivery of " + day + " ends at " + day.deliveryEnd() + ", after now ("
          + now + "); settle it after that", List.of(), sources);
    }
    List<String> warnings = new ArrayList<>();
    List<HeldOrder> held = orders.heldOrders(day);
    if (orders.isExchange()) {
      compareWithStored(day, held, warnings);
    }
    if (held.isEmpty() && store.run(day).isEmpty()) {
      return pending(day, "nothing to settle for " + day + ": no order held (" + orders.name()
          + ") and no run recorded", warnings, sources, now);
    }
    PriceHistory published = PublishedPrices.asOf(prices, now);
    Map<HourId, Double> clearing = byHour(published.clearingPrices(day, day));
    Map<HourId, Double> imbalance = byHour(published.imbalancePrices(day, day));
    if (clearing.size() < HourId.LAST || imbalance.size() < HourId.LAST) {
      return pending(day, "prices for " + day + " incomplete (" + priceSource + "): " + clearing.size()
          + " of 24 clearing, " + imbalance.size() + " of 24 imbalance hours", warnings, sources, now);
    }
    MeteredDay metered = meter.meter(day);
    if (!metered.isComplete()) {
      return pending(day, "no metered energy for " + day + ": " + metered.missing(), warnings, sources, now);
    }
    String source = "prices: " + priceSource + "; orders: " + orders.name() + "; meter: " + metered.source();
    Map<HourId, SettledHour> before = new TreeMap<>();
    Optional<SettlementRecord> previous = store.settlementRecord(day)
        .filter(r -> r.status() == SettlementStatus.SETTLED);
    previous.ifPresent(r -> r.hours().forEach(h -> before.put(h.settlement().hour(), h)));
    Map<HourId, HeldOrder> heldByHour = new TreeMap<>();
    held.forEach(h -> heldByHour.put(h.hour(), h));

    List<SettledHour> hours = new ArrayList<>();
    int replaced = 0;
    for (HourId h : HourId.all()) {
      SettledHour now1 = settleHour(day, h, Optional.ofNullable(heldByHour.get(h)), clearing.get(h),
          imbalance.get(h), metered.hourlyNetMWh().get().get(h.index()), source, now);
      SettledHour old = before.get(h);
      if (old != null && old.sameInputs(now1)) {
        hours.add(old);
        now1 = old;
      } else if (old != null) {
        replaced++;
        now1 = new SettledHour(now1.settlement(), now1.noTradePnlGbp(), now1.boundPnlGbp(), now1.exchangeFilled(),
            now1.ruleFilled(), source + " (replaces revision " + old.revision() + " of " + old.settledAt() + ": "
            + changes(old, now1) + ")", now, old.revision() + 1);
        hours.add(now1);
      } else {
        hours.add(now1);
      }
      if (now1.fillMismatch()) {
        warnings.add(mismatch(day, h, heldByHour.get(h).order(), now1));
      }
    }
    String message = previous.isEmpty() ? "settled " + day + ": 24 hours"
        : replaced == 0 ? day + " was settled at " + previous.get().checkedAt() + "; inputs unchanged, nothing replaced"
        : "re-settled " + day + ": " + replaced + " hour" + (replaced == 1 ? "" : "s")
            + " replaced because their inputs changed";
    SettlementRecord record = new SettlementRecord(day, SettlementStatus.SETTLED, message, warnings, now, hours);
    store.saveSettlementRecord(record);
    boolean published1 = publish(day, held, clearing, imbalance, metered, hours, now, warnings);
    return new SettlementResult(day, SettlementStatus.SETTLED, message, hours, warnings, sources, replaced,
        published1);
  }

  private SettledHour settleHour(MarketDay day, HourId h, Optional<HeldOrder> held, double p, double i, double x,
      String source, Instant now) {
    Optional<Order> order = held.map(HeldOrder::order);
    boolean ruleFilled = order.map(o -> o.fillsAt(p)).orElse(false);
    Optional<Boolean> exchangeFilled = held.flatMap(HeldOrder::filled);
    HourSettlement s = Settlement.settle(day, h, order, exchangeFilled.orElse(ruleFilled), p, i, x);
    return new SettledHour(s, Settlement.noTradePnlGbp(i, x), Settlement.boundPnlGbp(p, i, x, grid), exchangeFilled,
        ruleFilled, source, now, 1);
  }

  private SettlementResult pending(MarketDay day, String why, List<String> warnings, List<String> sources,
      Instant now) {
    Optional<SettlementRecord> stored = store.settlementRecord(day);
    if (stored.isPresent() && stored.get().status() == SettlementStatus.SETTLED) {
      return SettlementResult.pending(day, why + " (the settlement of " + stored.get().checkedAt() + " stands)",
          warnings, sources);
    }
    store.saveSettlementRecord(SettlementRecord.pending(day, why, warnings, now));
    return SettlementResult.pending(day, why, warnings, sources);
  }

  private void compareWithStored(MarketDay day, List<HeldOrder> fromExchange, List<String> warnings) {
    List<Order> exchangeOrders = fromExchange.stream().map(HeldOrder::order).toList();
    List<Order> storedOrders = store.heldOrders(day).stream().map(HeldOrder::order).toList();
    if (!storedOrders.isEmpty() && !storedOrders.equals(exchangeOrders)) {
      warnings.add(day + ": the exchange (" + orders.name() + ") holds " + exchangeOrders.size() + " orders, the"
          + " store " + storedOrders.size() + (storedOrders.size() == exchangeOrders.size() ? " different ones" : "")
          + "; settled on the exchange's");
    }
  }

  private static String mismatch(MarketDay day, HourId h, Order order, SettledHour s) {
    return String.format(Locale.ROOT, "%s %s: the exchange says the %s at %.2f GBP/MWh %s, the fill rule on the"
            + " clearing price %.2f says it %s; the exchange's flag counts", day, h, order.side(),
        order.limitPriceGbpPerMWh(), s.exchangeFilled().get() ? "filled" : "did not fill",
        s.settlement().clearingPriceGbpPerMWh(), s.ruleFilled() ? "filled" : "did not");
  }

  /** What differs between two settlements of an hour, for the replacing row's source. */
  private static String changes(SettledHour old, SettledHour now) {
    List<String> c = new ArrayList<>();
    HourSettlement a = old.settlement();
    HourSettlement b = now.settlement();
    diff(c, "clearing price", a.clearingPriceGbpPerMWh(), b.clearingPriceGbpPerMWh());
    diff(c, "imbalance price", a.imbalancePriceGbpPerMWh(), b.imbalancePriceGbpPerMWh());
    diff(c, "metered net MWh", a.actualNetMWh(), b.actualNetMWh());
    diff(c, "contracted MWh", a.contractedNetMWh(), b.contractedNetMWh());
    if (a.filled() != b.filled() || !old.exchangeFilled().equals(now.exchangeFilled())) {
      c.add("fill " + old.exchangeFilled().map(f -> "flag " + f).orElse("rule " + a.filled()) + " -> "
          + now.exchangeFilled().map(f -> "flag " + f).orElse("rule " + b.filled()));
    }
    return c.isEmpty() ? "benchmarks recomputed" : String.join(", ", c);
  }

  private static void diff(List<String> c, String what, double a, double b) {
    if (Double.compare(a, b) != 0) {
      c.add(String.format(Locale.ROOT, "%s %s -> %s", what, a, b));
    }
  }

  /** Publishes the settled day with the run's stored forecasts; false (with a warning) when it cannot. */
  private boolean publish(MarketDay day, List<HeldOrder> held, Map<HourId, Double> clearing,
      Map<HourId, Double> imbalance, MeteredDay metered, List<SettledHour> hours, Instant now,
      List<String> warnings) {
    if (dashboard.isEmpty()) {
      return false;
    }
    Optional<EnergyForecast> energy = store.energyForecast(day);
    Optional<PriceForecast> priceForecast = store.priceForecast(day);
    if (energy.isEmpty() || priceForecast.isEmpty()) {
      warnings.add(day + " settled but not published on the dashboard: the store has no forecasts of the day's run");
      return false;
    }
    try {
      DashboardDay.Builder b = DashboardDay.builder(siteName, now, priceForecast.get(), energy.get(),
          new OrderSet(day, held.stream().map(HeldOrder::order).toList())).grid(grid);
      Optional<org.convergence.core.weather.WeatherForecast> weather = store.weatherForecast(day);
      weather.ifPresent(b::weather);
      location.ifPresent(loc -> b.solarAngles(SolarAngle.overDay(day, loc, weather)));
      carbon.ifPresent(c -> {
        try {
          b.carbonIntensity(CarbonIntensity.known(c.intensity(day.delivery())));
        } catch (RuntimeException e) {
          b.warning("carbon intensity unavailable: " + e.getMessage());
        }
      });
      b.clearingPrices(prices(day, clearing)).imbalancePrices(prices(day, imbalance))
          .siteReadings(metered.readings())
          .settlements(hours.stream().map(SettledHour::settlement).toList());
      dashboard.get().publish(b.build());
      return true;
    } catch (RuntimeException e) {
      warnings.add(day + " settled but the dashboard could not be published: " + e.getMessage());
      return false;
    }
  }

  private static List<HourPrice> prices(MarketDay day, Map<HourId, Double> byHour) {
    return byHour.entrySet().stream().map(e -> new HourPrice(day, e.getKey(), e.getValue())).toList();
  }

  private static Map<HourId, Double> byHour(List<HourPrice> prices) {
    Map<HourId, Double> m = new TreeMap<>();
    prices.forEach(p -> m.put(p.hour(), p.priceGbpPerMWh()));
    return m;
  }

  /** Wires a settlement job; every port is required except the dashboard and the carbon source. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private PriceHistory prices;
    private String priceSource;
    private HeldOrderSource orders;
    private SiteMeter meter;
    private GridConnection grid;
    private ConvergenceStore store;
    private DashboardPublisher dashboard;
    private String siteName = "site";
    private GeoLocation location;
    private CarbonIntensitySource carbon;

    public Builder clock(Clock v) { clock = v; return this; }
    /** Clearing and imbalance prices (only those published by the clock's instant count), and their name. */
    public Builder prices(PriceHistory v, String name) { prices = v; priceSource = name; return this; }
    public Builder orders(HeldOrderSource v) { orders = v; return this; }
    public Builder meter(SiteMeter v) { meter = v; return this; }
    public Builder grid(GridConnection v) { grid = v; return this; }
    /** Where settlements are stored and where the runs' held orders, forecasts and records are read. */
    public Builder store(ConvergenceStore v) { store = v; return this; }
    /** Publishes each settled day (its run's stored forecasts with the settlement) for the site. */
    public Builder dashboard(DashboardPublisher v, String site, GeoLocation where) {
      dashboard = v;
      siteName = site;
      location = where;
      return this;
    }

    /** The grid's carbon intensity for the published day's carbon saved (optional). */
    public Builder carbon(CarbonIntensitySource v) { carbon = v; return this; }

    public DailySettlement build() {
      return new DailySettlement(this);
    }
  }
}
