package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.PerfectForesightBound;
import org.convergence.core.market.Settlement;
import org.convergence.core.market.Side;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;

/**
 * Everything the dashboard shows for one market day. Build it with {@link #builder}; the hourly lists have 24 rows
 * (hour 1 first), the energy list 48 half-hours.
 *
 * @param generatedAt when this view was made (normally the end of the run that publishes it)
 * @param weather the weather forecast the run used, cut to the day's delivery period; empty when the run had none
 * @param solarAngles the sun's position over the day (normally at half-hour midpoints); may be empty
 * @param carbon carbon saved per hour; empty when no carbon intensity was known
 * @param grid the site's grid connection, for the perfect-foresight bound; empty when the publisher gave none
 * @param source where the day's data comes from (live trading, a replayed run, a backtest)
 */
public record DashboardDay(
    MarketDay day,
    String siteName,
    Instant generatedAt,
    String priceModelId,
    List<PriceRow> prices,
    List<EnergyRow> energy,
    Optional<WeatherForecast> weather,
    List<SolarAngle> solarAngles,
    List<BidRow> bids,
    List<CarbonRow> carbon,
    List<String> warnings,
    Optional<GridConnection> grid,
    DataSource source) {

  public DashboardDay {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(priceModelId, "priceModelId");
    Objects.requireNonNull(weather, "weather");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(source, "source");
    prices = List.copyOf(prices);
    energy = List.copyOf(energy);
    solarAngles = List.copyOf(solarAngles);
    bids = List.copyOf(bids);
    carbon = List.copyOf(carbon);
    warnings = List.copyOf(warnings);
    requireHours("prices", prices.stream().map(PriceRow::hour).toList(), false);
    requireHours("bids", bids.stream().map(BidRow::hour).toList(), false);
    requireHours("carbon", carbon.stream().map(CarbonRow::hour).toList(), true);
    List<Interval> halfHours = day.halfHours();
    if (!energy.stream().map(EnergyRow::interval).toList().equals(halfHours)) {
      throw new IllegalArgumentException("dashboard energy of " + day + " must have the 48 half-hours of the day in"
          + " order, has " + energy.size() + " rows");
    }
  }

  private static void requireHours(String what, List<HourId> hours, boolean mayBeEmpty) {
    if (mayBeEmpty && hours.isEmpty()) {
      return;
    }
    if (!hours.equals(HourId.all())) {
      throw new IllegalArgumentException("dashboard " + what + " must have hours 1..24 in order, has " + hours);
    }
  }

  public static Builder builder(
      String siteName,
      Instant generatedAt,
      PriceForecast priceForecast,
      EnergyForecast energyForecast,
      OrderSet orders) {
    return new Builder(siteName, generatedAt, priceForecast, energyForecast, orders);
  }

  /** This day labelled as coming from {@code dataSource}. */
  public DashboardDay withSource(DataSource dataSource) {
    return new DashboardDay(day, siteName, generatedAt, priceModelId, prices, energy, weather, solarAngles, bids,
        carbon, warnings, grid, dataSource);
  }

  /** The hourly P&amp;L with its running total over the day. */
  public List<PnlPoint> cumulativePnl() {
    List<PnlPoint> out = new ArrayList<>(bids.size());
    double total = 0;
    for (BidRow b : bids) {
      total += b.pnlGbp();
      out.add(new PnlPoint(b.hour(), b.pnlGbp(), total));
    }
    return out;
  }

  public DayStatus status() {
    if (bids.stream().allMatch(BidRow::isSettled)) {
      return DayStatus.SETTLED;
    }
    return prices.stream().anyMatch(PriceRow::isCleared) ? DayStatus.CLEARED : DayStatus.FORECAST;
  }

  public DaySummary summary() {
    int orders = 0;
    int filled = 0;
    int settled = 0;
    double sold = 0;
    double bought = 0;
    Sum dayAhead = new Sum();
    Sum imbalance = new Sum();
    Sum pnl = new Sum();
    Sum noTrade = new Sum();
    Sum valueAdded = new Sum();
    Sum bound = new Sum();
    for (BidRow b : bids) {
      if (b.fill() != FillStatus.NO_ORDER) {
        orders++;
      }
      if (b.fill() == FillStatus.FILLED) {
        filled++;
        if (b.side() == Side.SELL) {
          sold += b.volumeMWh();
        } else {
          bought += b.volumeMWh();
        }
      }
      if (b.isSettled()) {
        settled++;
        double without = Settlement.noTradePnlGbp(b.imbalanceGbpPerMWh(), b.actualNetMWh());
        noTrade.add(without);
        valueAdded.add(b.pnlGbp() - without);
        grid.ifPresent(g -> bound.add(
            PerfectForesightBound.hourValueAddedGbp(b.clearingGbpPerMWh(), b.imbalanceGbpPerMWh(), g)));
      }
      dayAhead.add(b.dayAheadCashGbp());
      imbalance.add(b.imbalanceCashGbp());
      pnl.add(b.pnlGbp());
    }
    Sum forecastGeneration = new Sum();
    Sum forecastDemand = new Sum();
    Sum meteredGeneration = new Sum();
    Sum meteredDemand = new Sum();
    Sum netError = new Sum();
    for (EnergyRow e : energy) {
      forecastGeneration.add(e.forecast().generationKWh() / 1000.0);
      forecastDemand.add(e.forecast().demandKWh() / 1000.0);
      e.actual().ifPresent(a -> {
        meteredGeneration.add(a.generationKWh() / 1000.0);
        meteredDemand.add(a.demandKWh() / 1000.0);
        netError.add(Math.abs(e.forecast().netKWh() - a.netKWh()));
      });
    }
    Sum carbonSaved = new Sum();
    carbon.forEach(c -> carbonSaved.add(c.savedKgCo2()));
    Sum forecast = new Sum();
    Sum clearing = new Sum();
    Sum absError = new Sum();
    for (PriceRow p : prices) {
      forecast.add(p.forecastGbpPerMWh());
      clearing.add(p.clearingGbpPerMWh());
      absError.add(Math.abs(p.forecastGbpPerMWh() - p.clearingGbpPerMWh()));
    }
    DayStatus status = status();
    return new DaySummary(status, DayState.of(status, orders), orders, filled, settled, sold, bought,
        dayAhead.total(), imbalance.total(), pnl.total(), noTrade.total(), valueAdded.total(), bound.total(), forecastGeneration.total(), forecastDemand.total(), meteredGeneration.total(),
        meteredDemand.total(), carbonSaved.total(), forecast.mean(), clearing.mean(), absError.mean(),
        netError.mean());
  }

  public DashboardIndexEntry indexEntry() {
    DaySummary s = summary();
    return new DashboardIndexEntry(day, s.status(), s.state(), generatedAt, s.pnlGbp(), s.valueAddedGbp(),
        s.boundValueAddedGbp(), s.orders(), s.filledOrders(), s.carbonSavedKgCo2(), s.forecastMaeGbpPerMWh(),
        s.netEnergyMaeKWh());
  }

  /** Sum and mean over the finite values added; NaN over none. */
  private static final class Sum {
    private double total;
    private int n;

    void add(double v) {
      if (!Double.isNaN(v)) {
        total += v;
        n++;
      }
    }

    double total() {
      return n == 0 ? Double.NaN : total;
    }

    double mean() {
      return n == 0 ? Double.NaN : total / n;
    }
  }

  /**
   * Builds a {@link DashboardDay} from a run's core types. Required: the price and energy forecasts and the orders
   * (possibly empty). Everything learnt after the auction is optional and may be added as it becomes known:
   * clearing and imbalance prices, metered readings, settlements. An hour whose clearing and imbalance prices and
   * metered energy are all known is settled with {@link Settlement#settle} unless its settlement was given.
   */
  public static final class Builder {
    private final String siteName;
    private final Instant generatedAt;
    private final PriceForecast priceForecast;
    private final EnergyForecast energyForecast;
    private final OrderSet orders;
    private final MarketDay day;
    private WeatherForecast weather;
    private List<SolarAngle> solarAngles = List.of();
    private GridConnection grid;
    private DataSource source = DataSource.LIVE;
    private final Map<HourId, Double> clearing = new TreeMap<>();
    private final Map<HourId, Double> imbalance = new TreeMap<>();
    private final Map<HourId, HourSettlement> settlements = new TreeMap<>();
    private List<SiteReading> readings = List.of();
    private List<CarbonIntensity> carbonIntensity = List.of();
    private final List<String> warnings = new ArrayList<>();

    private Builder(
        String siteName,
        Instant generatedAt,
        PriceForecast priceForecast,
        EnergyForecast energyForecast,
        OrderSet orders) {
      this.siteName = Objects.requireNonNull(siteName, "siteName");
      this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
      this.priceForecast = Objects.requireNonNull(priceForecast, "priceForecast");
      this.energyForecast = Objects.requireNonNull(energyForecast, "energyForecast");
      this.orders = Objects.requireNonNull(orders, "orders");
      this.day = priceForecast.day();
      requireDay("energy forecast", energyForecast.day());
      requireDay("order set", orders.day());
      warnings.addAll(energyForecast.warnings());
    }

    /** The weather forecast the run used; samples outside the day's delivery period are dropped. */
    public Builder weather(WeatherForecast forecast) {
      this.weather = forecast;
      return this;
    }

    public Builder solarAngles(List<SolarAngle> angles) {
      this.solarAngles = List.copyOf(angles);
      return this;
    }

    /** Clearing prices; rows of other market days are ignored. */
    public Builder clearingPrices(List<HourPrice> prices) {
      putPrices(clearing, prices);
      return this;
    }

    /** Imbalance prices; rows of other market days are ignored. */
    public Builder imbalancePrices(List<HourPrice> prices) {
      putPrices(imbalance, prices);
      return this;
    }

    /** Metered readings of the site; readings outside the day are ignored. */
    public Builder siteReadings(List<SiteReading> siteReadings) {
      this.readings = List.copyOf(siteReadings);
      return this;
    }

    public Builder settlements(List<HourSettlement> hourSettlements) {
      for (HourSettlement s : hourSettlements) {
        requireDay("settlement", s.day());
        settlements.put(s.hour(), s);
      }
      return this;
    }

    public Builder carbonIntensity(List<CarbonIntensity> intensities) {
      this.carbonIntensity = List.copyOf(intensities);
      return this;
    }

    /** The site's grid connection: the day's perfect-foresight bound (the share of it trading made) needs it. */
    public Builder grid(GridConnection connection) {
      grid = Objects.requireNonNull(connection, "grid");
      return this;
    }

    /** Where the day's data comes from; {@link DataSource#LIVE} unless said otherwise. */
    public Builder source(DataSource dataSource) {
      source = Objects.requireNonNull(dataSource, "source");
      return this;
    }

    public Builder warning(String warning) {
      warnings.add(Objects.requireNonNull(warning, "warning"));
      return this;
    }

    public DashboardDay build() {
      List<String> dayWarnings = new ArrayList<>(warnings);
      List<PriceRow> priceRows = new ArrayList<>(24);
      List<BidRow> bidRows = new ArrayList<>(24);
      List<Optional<EnergyInterval>> metered = MeteredEnergy.over(day.halfHours(), readings);
      List<EnergyRow> energyRows = new ArrayList<>(48);
      for (int i = 0; i < 48; i++) {
        EnergyInterval f = energyForecast.halfHours().get(i);
        energyRows.add(new EnergyRow(f.interval(), f, metered.get(i)));
      }
      for (HourId h : HourId.all()) {
        HourPriceForecast pf = priceForecast.hour(h);
        HourSettlement given = settlements.get(h);
        double clear = given != null ? given.clearingPriceGbpPerMWh() : clearing.getOrDefault(h, Double.NaN);
        double imb = given != null ? given.imbalancePriceGbpPerMWh() : imbalance.getOrDefault(h, Double.NaN);
        priceRows.add(new PriceRow(h, day.hour(h), pf.pointGbpPerMWh(), pf.quantiles(), clear, imb));
        bidRows.add(bidRow(h, clear, imb, given, meteredNetMWh(metered, h), dayWarnings));
      }
      return new DashboardDay(day, siteName, generatedAt, priceForecast.modelId(), priceRows, energyRows,
          Optional.ofNullable(weather).map(this::cut), solarAngles, bidRows, carbonRows(energyRows), dayWarnings,
          Optional.ofNullable(grid), source);
    }

    private BidRow bidRow(HourId h, double clear, double imb, HourSettlement given, double meteredNetMWh,
        List<String> dayWarnings) {
      Optional<Order> order = orders.forHour(h);
      Interval interval = day.hour(h);
      HourSettlement s = given;
      if (s == null && !Double.isNaN(clear) && !Double.isNaN(imb) && !Double.isNaN(meteredNetMWh)) {
        s = Settlement.settle(day, h, order, clear, imb, meteredNetMWh);
      }
      FillStatus fill;
      if (order.isEmpty()) {
        fill = FillStatus.NO_ORDER;
      } else if (Double.isNaN(clear)) {
        fill = FillStatus.PENDING;
      } else {
        fill = order.get().fillsAt(clear) ? FillStatus.FILLED : FillStatus.NOT_FILLED;
      }
      if (given != null && order.isPresent() && given.filled() != (fill == FillStatus.FILLED)) {
        // a given settlement carries the exchange's fill flag, which counts over the fill rule
        dayWarnings.add(h + ": the exchange's fill flag (" + (given.filled() ? "filled" : "not filled")
            + ") contradicts the fill rule at clearing price " + clear + "; shown as the exchange settled it");
        fill = given.filled() ? FillStatus.FILLED : FillStatus.NOT_FILLED;
      }
      if (s != null && s.filled() != (fill == FillStatus.FILLED)) {
        throw new IllegalArgumentException(day + " " + h + ": the settlement says filled=" + s.filled()
            + " but the order " + order.map(Order::toString).orElse("(none)") + " at clearing price " + clear
            + " gives " + fill);
      }
      double contracted = s != null ? s.contractedNetMWh()
          : fill == FillStatus.FILLED ? order.get().signedVolumeMWh()
          : Double.isNaN(clear) ? Double.NaN : 0.0;
      double dayAhead = s != null ? s.dayAheadCashGbp() : contracted * clear;
      Side side = order.map(Order::side).orElse(null);
      double volume = order.map(Order::volumeMWh).orElse(Double.NaN);
      double limit = order.map(Order::limitPriceGbpPerMWh).orElse(Double.NaN);
      return new BidRow(h, interval, side, volume, limit, clear, fill, contracted,
          s != null ? s.actualNetMWh() : meteredNetMWh, imb, dayAhead,
          s != null ? s.imbalanceCashGbp() : Double.NaN, s != null ? s.pnlGbp() : Double.NaN);
    }

    private static double meteredNetMWh(List<Optional<EnergyInterval>> metered, HourId h) {
      Optional<EnergyInterval> a = metered.get(2 * h.index());
      Optional<EnergyInterval> b = metered.get(2 * h.index() + 1);
      return a.isPresent() && b.isPresent() ? a.get().netMWh() + b.get().netMWh() : Double.NaN;
    }

    private List<CarbonRow> carbonRows(List<EnergyRow> energyRows) {
      if (carbonIntensity.isEmpty()) {
        return List.of();
      }
      List<CarbonRow> out = new ArrayList<>(24);
      for (HourId h : HourId.all()) {
        Interval hour = day.hour(h);
        double intensity = carbonIntensity.stream()
            .filter(c -> hour.contains(c.interval().midpoint()))
            .mapToDouble(CarbonIntensity::gCo2PerKWh).average().orElse(Double.NaN);
        EnergyRow a = energyRows.get(2 * h.index());
        EnergyRow b = energyRows.get(2 * h.index() + 1);
        boolean metered = a.actual().isPresent() && b.actual().isPresent();
        double generationMWh = metered
            ? (a.actual().get().generationKWh() + b.actual().get().generationKWh()) / 1000.0
            : (a.forecast().generationKWh() + b.forecast().generationKWh()) / 1000.0;
        // gCO2/kWh equals kgCO2/MWh
        out.add(new CarbonRow(h, intensity, generationMWh, metered, generationMWh * intensity));
      }
      return out;
    }

    private WeatherForecast cut(WeatherForecast w) {
      Interval delivery = day.delivery();
      List<WeatherSample> inDay = w.samples().stream()
          .filter(s -> s.interval().end().isAfter(delivery.start()) && s.interval().start().isBefore(delivery.end()))
          .toList();
      return new WeatherForecast(w.source(), w.issuedAt(), w.windMeasurementHeightM(), inDay);
    }

    private void putPrices(Map<HourId, Double> target, List<HourPrice> prices) {
      for (HourPrice p : prices) {
        if (p.day().equals(day)) {
          target.put(p.hour(), p.priceGbpPerMWh());
        }
      }
    }

    private void requireDay(String what, MarketDay other) {
      if (!other.equals(day)) {
        throw new IllegalArgumentException("the " + what + " is for market day " + other + ", the price forecast for "
            + day);
      }
    }
  }
}
