package org.convergence.core.backtest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.convergence.core.carbon.CarbonIntensitySource;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.dashboard.DataSource;
import org.convergence.core.energy.MeteredNet;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.PerfectForesightBound;
import org.convergence.core.market.Settlement;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.DayForecasts;
import org.convergence.core.run.EnergyModel;
import org.convergence.core.run.ForecastErrors;
import org.convergence.core.run.RunReport;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.strategy.Contracts;
import org.convergence.core.strategy.NoTradeStrategy;
import org.convergence.core.strategy.TrackRecord;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;
import org.convergence.core.weather.DemandOnlyWeather;
import org.convergence.core.weather.WeatherFallbackChain;
import org.convergence.core.weather.WeatherSource;

/**
 * Replays real market days through the same {@link DailyRun} the daily job uses. For each market day D the clock
 * stands at the planning time ({@link PlanningTime}, settings {@code schedule.run_at}; default D-1
 * {@value #RUN_TIME_UTC}Z, half an hour before the gate), so nothing later is visible: the weather is
 * the forecast as it stood then, the price model is recalibrated on the prices known then, and the spread and
 * forecast-error estimates use only what had been recorded. Each strategy trades on its own exchange (made by
 * {@code exchanges} for the day's clock); the orders the exchange holds are then settled with the real clearing and
 * imbalance prices.
 *
 * <p>A day needs all 24 clearing and imbalance prices; a day lacking any is skipped for every strategy, with the
 * reason. A day with complete readings settles against the site's metered net ({@link DayKind#METERED}). A day
 * without them is not thrown away: it is <b>price-only</b> and settles against the site's own forecast, from the
 * recorded weather ({@link DayKind#FORECAST}) or, when no recording covers it, from the {@link DemandOnlyWeather}
 * profile the chain falls back to ({@link DayKind#DEMAND_ONLY}). Value added does not depend on the site's energy,
 * so every settled day counts for it; P&amp;L totals count metered days only ({@link StrategyResult}).
 *
 * <p>{@code none} always runs, as the baseline of "value added". Two references: the perfect-foresight hedge
 * ({@code oracle}: the actual net contracted at the clearing price, within the grid cap, metered days) and the true
 * bound ({@link PerfectForesightBound}: the best single order within the grid cap with both prices known).
 *
 * <p>Each strategy is given its own track record ({@link TrackRecord}): the value it added on each settled day up
 * to D-2.
 */
public final class Backtest {
  /** Default time of day (UTC, on D-1) at which each market day D is planned ({@link PlanningTime#DEFAULT}). */
  public static final String RUN_TIME_UTC = "08:30";

  private final WeatherFallbackChain weather;
  /** The recorded weather with the demand-only profile as the last resort, for the day's own forecast. */
  private final WeatherFallbackChain dayWeather;
  private final EnergyModel energy;
  private final PriceForecaster forecaster;
  private final PriceHistory prices;
  private final SiteReadings readings;
  private final GridConnection grid;
  private final Function<Clock, Exchange> exchanges;
  private final ForecastErrors forecastErrors;
  private final Optional<Publication> publication;
  private final PlanningTime planning;
  private final Optional<SpreadForecaster> spreadForecaster;

  public Backtest(WeatherFallbackChain weather, EnergyModel energy, PriceForecaster forecaster, PriceHistory prices,
      SiteReadings readings, GridConnection grid, Function<Clock, Exchange> exchanges) {
    this.weather = Objects.requireNonNull(weather, "weather");
    List<WeatherSource> withProfile = new ArrayList<>(weather.sources());
    withProfile.add(new DemandOnlyWeather());
    this.dayWeather = new WeatherFallbackChain(withProfile);
    this.energy = Objects.requireNonNull(energy, "energy");
    this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
    this.prices = Objects.requireNonNull(prices, "prices");
    this.readings = Objects.requireNonNull(readings, "readings");
    this.grid = Objects.requireNonNull(grid, "grid");
    this.exchanges = Objects.requireNonNull(exchanges, "exchanges");
    this.forecastErrors = ForecastErrors.recomputed(weather, energy, readings, ForecastErrors.DEFAULT_LOOKBACK_DAYS);
    this.publication = Optional.empty();
    this.planning = PlanningTime.DEFAULT;
    this.spreadForecaster = Optional.empty();
  }

  private Backtest(Backtest b, Optional<Publication> p, PlanningTime planning,
      Optional<SpreadForecaster> spread) {
    this.weather = b.weather;
    this.dayWeather = b.dayWeather;
    this.energy = b.energy;
    this.forecaster = b.forecaster;
    this.prices = b.prices;
    this.readings = b.readings;
    this.grid = b.grid;
    this.exchanges = b.exchanges;
    this.forecastErrors = planning.equals(b.planning) ? b.forecastErrors
        : ForecastErrors.recomputed(weather, energy, readings, ForecastErrors.DEFAULT_LOOKBACK_DAYS, planning);
    this.publication = p;
    this.planning = planning;
    this.spreadForecaster = spread;
  }

  /**
   * This backtest planning each day at {@code planning} (the daily run's {@code schedule.run_at}); past forecasts
   * behind the forecast errors are recomputed as they stood at the same time of their own D-1.
   */
  public Backtest planningAt(PlanningTime planning) {
    return new Backtest(this, publication, Objects.requireNonNull(planning, "planning"), spreadForecaster);
  }

  public PlanningTime planning() {
    return planning;
  }

  /**
   * This backtest with a spread forecaster for the runs (the {@code ev} strategy trades on it; its drawdown stop
   * reads the strategy's {@link TrackRecord}, which the backtest keeps whether or not a forecaster is given).
   */
  public Backtest withSpreadForecaster(SpreadForecaster f) {
    return new Backtest(this, publication, planning, Optional.of(Objects.requireNonNull(f, "spread forecaster")));
  }

  /**
   * Where and how each metered settled day of one strategy is published (price-only days are not): the dashboard
   * data of its run (forecasts, held orders, weather, solar angles, carbon) with the real clearing and imbalance
   * prices, the metered readings and the backtest's own settlement, generated as of the end of the day's delivery.
   */
  public record Publication(DashboardPublisher dashboard, String strategy, String siteName, GeoLocation location,
      CarbonIntensitySource carbon) {
    public Publication {
      Objects.requireNonNull(dashboard, "dashboard");
      Objects.requireNonNull(strategy, "strategy");
      Objects.requireNonNull(siteName, "siteName");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(carbon, "carbon");
    }
  }

  /** This backtest, also publishing each settled day of {@code p.strategy()}; the results are the same. */
  public Backtest publishing(Publication p) {
    return new Backtest(this, Optional.of(Objects.requireNonNull(p, "publication")), planning, spreadForecaster);
  }

  /** Called after each market day. */
  public interface Progress {
    void dayDone(MarketDay day, int done, int total);

    static Progress none() {
      return (d, done, total) -> { };
    }
  }

  /** The instant at which market day {@code day} is planned by default: D-1 08:30Z. */
  public static Instant runTime(MarketDay day) {
    return PlanningTime.DEFAULT.on(day);
  }

  public BacktestResult run(MarketDay from, MarketDay to, List<BiddingStrategy> strategies, Progress progress) {
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException("backtest end " + to + " is before its start " + from);
    }
    List<BiddingStrategy> all = new ArrayList<>(strategies);
    if (all.stream().noneMatch(s -> s.name().equals(NoTradeStrategy.NAME))) {
      all.add(0, new NoTradeStrategy());
    }
    int total = (int) (to.date().toEpochDay() - from.date().toEpochDay()) + 1;
    Map<MarketDay, String> skipped = new TreeMap<>();
    List<SettledDay> days = new ArrayList<>();
    Map<String, List<DailyPnl>> daily = new LinkedHashMap<>();
    Map<String, List<TrackRecord.DailyValue>> records = new LinkedHashMap<>();
    all.forEach(s -> {
      daily.put(s.name(), new ArrayList<>());
      records.put(s.name(), new ArrayList<>());
    });
    int done = 0;
    for (MarketDay day = from; day.compareTo(to) <= 0; day = day.next()) {
      try {
        days.add(dayOf(day, all, daily, records));
      } catch (SkippedDay e) {
        skipped.put(day, e.getMessage());
      }
      progress.dayDone(day, ++done, total);
    }
    List<StrategyResult> results = new ArrayList<>();
    for (BiddingStrategy s : strategies.isEmpty() ? all : strategies) {
      results.add(StrategyResult.of(s.name(), daily.get(s.name()), days));
    }
    // summed in day order, as each strategy's result sums them, so every row carries exactly these figures
    double oracle = 0;
    double bound = 0;
    for (SettledDay d : days) {
      if (d.kind().metered()) {
        oracle += d.oraclePnlGbp().orElseThrow();
        bound += d.boundPnlGbp();
      }
    }
    return new BacktestResult(from, to, days, skipped, results, oracle, bound);
  }

  /** Why a day cannot be settled. */
  private static final class SkippedDay extends Exception {
    SkippedDay(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Plans and settles one day for every strategy. */
  private SettledDay dayOf(MarketDay day, List<BiddingStrategy> strategies, Map<String, List<DailyPnl>> daily,
      Map<String, List<TrackRecord.DailyValue>> records) throws SkippedDay {
    Map<HourId, Double> clearing = byHour(prices.clearingPrices(day, day));
    Map<HourId, Double> imbalance = byHour(prices.imbalancePrices(day, day));
    if (clearing.size() < HourId.LAST || imbalance.size() < HourId.LAST) {
      throw new SkippedDay("prices incomplete (" + clearing.size() + " of 24 clearing, " + imbalance.size()
          + " of 24 imbalance hours)");
    }
    Clock clock = Clock.fixed(planning.on(day), ZoneOffset.UTC);
    DayForecasts forecasts;
    try {
      forecasts = runFor(clock, strategies.get(0), exchanges.apply(clock), TrackRecord.none())
          .forecast(day, clock.instant());
    } catch (RuntimeException e) {
      throw new SkippedDay("no forecast: " + e.getMessage());
    }
    List<Double> expected = new ArrayList<>();
    for (HourId h : HourId.all()) {
      expected.add(forecasts.energy().netMWh(h));
    }
    Optional<List<Double>> metered = MeteredNet.hourlyNetMWh(day, readings);
    String served = forecasts.weather().servedBy();
    DayKind kind = metered.isPresent() ? DayKind.METERED
        : served.equals(DemandOnlyWeather.NAME) ? DayKind.DEMAND_ONLY : DayKind.FORECAST;
    List<Double> net = metered.orElse(expected);
    for (BiddingStrategy s : strategies) {
      Exchange exchange = exchanges.apply(clock);
      List<TrackRecord.DailyValue> record = records.get(s.name());
      DailyRun run = runFor(clock, s, exchange, new TrackRecord(record));
      RunReport report = run.run(day, forecasts);
      List<Order> held = report.held().stream().map(HeldOrder::order).toList();
      OrderSet orders = new OrderSet(day, held);
      DailyPnl pnl = settle(day, kind, orders, clearing, imbalance, net, expected);
      daily.get(s.name()).add(pnl);
      record.add(new TrackRecord.DailyValue(day, pnl.valueAddedGbp()));
      if (kind.metered()) {
        publication.filter(p -> p.strategy().equals(s.name())).ifPresent(p -> p.dashboard().publish(
            run.dashboardAsOf(report, day.deliveryEnd())
                .siteReadings(readings.between(day.deliveryStart(), day.deliveryEnd()))
                .settlements(pnl.hours())
                .source(DataSource.BACKTEST)
                .build()));
      }
    }
    double boundPnl = 0;
    double boundValue = 0;
    for (HourId h : HourId.all()) {
      boundPnl += PerfectForesightBound.hourPnlGbp(net.get(h.index()), clearing.get(h), imbalance.get(h), grid);
      boundValue += PerfectForesightBound.hourValueAddedGbp(clearing.get(h), imbalance.get(h), grid);
    }
    OptionalDouble oracle = OptionalDouble.empty();
    if (kind.metered()) {
      List<Order> perfect = new ArrayList<>();
      for (HourId h : HourId.all()) {
        Contracts.alwaysFilling(day, h, net.get(h.index()), grid).ifPresent(perfect::add);
      }
      oracle = OptionalDouble.of(
          settle(day, kind, new OrderSet(day, perfect), clearing, imbalance, net, expected).pnlGbp());
    }
    return new SettledDay(day, kind, served, boundPnl, boundValue, oracle);
  }

  private DailyRun runFor(Clock clock, BiddingStrategy s, Exchange exchange, TrackRecord record) {
    DailyRun.Builder b = DailyRun.builder().clock(clock).weather(dayWeather).energy(energy).forecaster(forecaster)
        .history(prices).exchange(exchange, "simulated").grid(grid).strategy(s).forecastErrors(forecastErrors)
        .trackRecord(record).spreadForecaster(spreadForecaster);
    publication.filter(p -> p.strategy().equals(s.name()))
        .ifPresent(p -> b.site(p.siteName(), p.location()).carbon(p.carbon()));
    return b.build();
  }

  static DailyPnl settle(MarketDay day, DayKind kind, OrderSet orders, Map<HourId, Double> clearing,
      Map<HourId, Double> imbalance, List<Double> actual, List<Double> expected) {
    List<HourSettlement> hours = new ArrayList<>();
    for (HourId h : HourId.all()) {
      hours.add(Settlement.settle(day, h, orders.forHour(h), clearing.get(h), imbalance.get(h),
          actual.get(h.index())));
    }
    return new DailyPnl(day, kind, orders, hours, expected);
  }

  private static Map<HourId, Double> byHour(List<HourPrice> prices) {
    Map<HourId, Double> m = new TreeMap<>();
    prices.forEach(p -> m.put(p.hour(), p.priceGbpPerMWh()));
    return m;
  }
}
