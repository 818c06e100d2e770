package org.convergence.core.backtest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.convergence.core.carbon.CarbonIntensitySource;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.energy.MeteredNet;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
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
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherFallbackChain;

/**
 * Replays real market days through the same {@link DailyRun} the daily job uses. For each market day D the clock
 * stands at D-1 {@value #RUN_TIME_UTC}Z, half an hour before the gate, so nothing later is visible: the weather is
 * the forecast as it stood then, the price model is recalibrated on the prices known then, and the spread and
 * forecast-error estimates use only what had been recorded. Each strategy trades on its own exchange (made by
 * {@code exchanges} for the day's clock); the orders the exchange holds are then settled with the real clearing and
 * imbalance prices against the site's metered net energy. A day lacking any of those is skipped for every
 * strategy, with the reason. {@code none} always runs, as the baseline of "value added"; the perfect-foresight hedge
 * (the actual net contracted at the clearing price, within the grid cap) is the oracle.
 */
public final class Backtest {
  /** Time of day (UTC, on D-1) at which each market day D is planned. */
  public static final String RUN_TIME_UTC = "08:30";
  static final Duration BEFORE_GATE = Duration.ofMinutes(30);

  private final WeatherFallbackChain weather;
  private final EnergyModel energy;
  private final PriceForecaster forecaster;
  private final PriceHistory prices;
  private final SiteReadings readings;
  private final GridConnection grid;
  private final Function<Clock, Exchange> exchanges;
  private final ForecastErrors forecastErrors;
  private final Optional<Publication> publication;
  private final Optional<SpreadForecaster> spreadForecaster;
  private final Map<String, List<DailyPnl>> settledSoFar = new LinkedHashMap<>();

  public Backtest(WeatherFallbackChain weather, EnergyModel energy, PriceForecaster forecaster, PriceHistory prices,
      SiteReadings readings, GridConnection grid, Function<Clock, Exchange> exchanges) {
    this.weather = Objects.requireNonNull(weather, "weather");
    this.energy = Objects.requireNonNull(energy, "energy");
    this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
    this.prices = Objects.requireNonNull(prices, "prices");
    this.readings = Objects.requireNonNull(readings, "readings");
    this.grid = Objects.requireNonNull(grid, "grid");
    this.exchanges = Objects.requireNonNull(exchanges, "exchanges");
    this.forecastErrors = ForecastErrors.recomputed(weather, energy, readings, ForecastErrors.DEFAULT_LOOKBACK_DAYS);
    this.publication = Optional.empty();
    this.spreadForecaster = Optional.empty();
  }

  private Backtest(Backtest b, Optional<Publication> p, Optional<SpreadForecaster> spread) {
    this.weather = b.weather;
    this.energy = b.energy;
    this.forecaster = b.forecaster;
    this.prices = b.prices;
    this.readings = b.readings;
    this.grid = b.grid;
    this.exchanges = b.exchanges;
    this.forecastErrors = b.forecastErrors;
    this.publication = p;
    this.spreadForecaster = spread;
  }

  /**
   * This backtest with a spread forecaster for the runs (the {@code ev} strategy trades on it); each strategy's
   * realised value added of the days settled by a run's time feeds its drawdown stop.
   */
  public Backtest withSpreadForecaster(SpreadForecaster f) {
    return new Backtest(this, publication, Optional.of(Objects.requireNonNull(f, "spread forecaster")));
  }

  /**
   * Where and how each settled day of one strategy is published: the dashboard data of its run (forecasts, held
   * orders, weather, solar angles, carbon) with the real clearing and imbalance prices, the metered readings and the
   * backtest's own settlement, generated as of the end of the day's delivery.
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
    return new Backtest(this, Optional.of(Objects.requireNonNull(p, "publication")), spreadForecaster);
  }

  /** Called after each market day. */
  public interface Progress {
    void dayDone(MarketDay day, int done, int total);

    static Progress none() {
      return (d, done, total) -> { };
    }
  }

  /** The instant at which market day {@code day} is planned: D-1 08:30Z. */
  public static Instant runTime(MarketDay day) {
    return day.gateClosure().minus(BEFORE_GATE);
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
    List<MarketDay> days = new ArrayList<>();
    Map<String, List<DailyPnl>> daily = new LinkedHashMap<>();
    all.forEach(s -> daily.put(s.name(), new ArrayList<>()));
    List<Double> oracleDaily = new ArrayList<>();
    settledSoFar.clear();
    settledSoFar.putAll(daily);
    int done = 0;
    for (MarketDay day = from; day.compareTo(to) <= 0; day = day.next()) {
      Optional<String> why = dayOf(day, all, daily, oracleDaily);
      if (why.isPresent()) {
        skipped.put(day, why.get());
      } else {
        days.add(day);
      }
      progress.dayDone(day, ++done, total);
    }
    double oracle = oracleDaily.stream().mapToDouble(Double::doubleValue).sum();
    double nonePnl = daily.get(NoTradeStrategy.NAME).stream().mapToDouble(DailyPnl::pnlGbp).sum();
    List<StrategyResult> results = new ArrayList<>();
    for (BiddingStrategy s : strategies.isEmpty() ? all : strategies) {
      List<DailyPnl> d = daily.get(s.name());
      List<Double> pnl = d.stream().map(DailyPnl::pnlGbp).toList();
      double sum = pnl.stream().mapToDouble(Double::doubleValue).sum();
      results.add(new StrategyResult(s.name(), d.size(), sum,
          d.stream().mapToDouble(DailyPnl::dayAheadGbp).sum(), d.stream().mapToDouble(DailyPnl::imbalanceGbp).sum(),
          sum - nonePnl, StrategyResult.sd(pnl), StrategyResult.maxDrawdown(pnl), oracle, d));
    }
    return new BacktestResult(from, to, days, skipped, results, oracle);
  }

  /** Plans and settles one day for every strategy; the reason when the day cannot be settled. */
  private Optional<String> dayOf(MarketDay day, List<BiddingStrategy> strategies, Map<String, List<DailyPnl>> daily,
      List<Double> oracleDaily) {
    Map<HourId, Double> clearing = byHour(prices.clearingPrices(day, day));
    Map<HourId, Double> imbalance = byHour(prices.imbalancePrices(day, day));
    if (clearing.size() < HourId.LAST || imbalance.size() < HourId.LAST) {
      return Optional.of("prices incomplete (" + clearing.size() + " clearing, " + imbalance.size()
          + " imbalance hours)");
    }
    Optional<List<Double>> actual = MeteredNet.hourlyNetMWh(day, readings);
    if (actual.isEmpty()) {
      return Optional.of("site readings incomplete");
    }
    Clock clock = Clock.fixed(runTime(day), ZoneOffset.UTC);
    DayForecasts forecasts;
    try {
      forecasts = runFor(clock, strategies.get(0), exchanges.apply(clock)).forecast(day, clock.instant());
    } catch (RuntimeException e) {
      return Optional.of("no forecast: " + e.getMessage());
    }
    for (BiddingStrategy s : strategies) {
      Exchange exchange = exchanges.apply(clock);
      DailyRun run = runFor(clock, s, exchange);
      RunReport report = run.run(day, forecasts);
      List<Order> held = report.held().stream().map(HeldOrder::order).toList();
      OrderSet orders = new OrderSet(day, held);
      DailyPnl pnl = settle(day, orders, clearing, imbalance, actual.get());
      daily.get(s.name()).add(pnl);
      publication.filter(p -> p.strategy().equals(s.name())).ifPresent(p -> p.dashboard().publish(
          run.dashboardAsOf(report, day.deliveryEnd())
              .siteReadings(readings.between(day.deliveryStart(), day.deliveryEnd()))
              .settlements(pnl.hours())
              .build()));
    }
    List<Order> perfect = new ArrayList<>();
    for (HourId h : HourId.all()) {
      Contracts.alwaysFilling(day, h, actual.get().get(h.index()), grid).ifPresent(perfect::add);
    }
    oracleDaily.add(settle(day, new OrderSet(day, perfect), clearing, imbalance, actual.get()).pnlGbp());
    return Optional.empty();
  }

  private DailyRun runFor(Clock clock, BiddingStrategy s, Exchange exchange) {
    DailyRun.Builder b = DailyRun.builder().clock(clock).weather(weather).energy(energy).forecaster(forecaster)
        .history(prices).exchange(exchange, "simulated").grid(grid).strategy(s).forecastErrors(forecastErrors);
    publication.filter(p -> p.strategy().equals(s.name()))
        .ifPresent(p -> b.site(p.siteName(), p.location()).carbon(p.carbon()));
    spreadForecaster.ifPresent(f -> b.spreadForecaster(f).realisedValueAdded((name, day, asOf) ->
        settledSoFar.getOrDefault(name, List.of()).stream()
            .filter(d -> SpreadForecaster.isPublished(d.day().deliveryEnd(), asOf))
            .map(Backtest::valueAddedGbp).toList()));
    return b.build();
  }

  /** A settled day's value added over not trading, {@code sum_h q (P - I)} of the filled hours, GBP. */
  static double valueAddedGbp(DailyPnl d) {
    return d.hours().stream().filter(HourSettlement::filled).mapToDouble(h -> h.contractedNetMWh()
        * (h.clearingPriceGbpPerMWh() - h.imbalancePriceGbpPerMWh())).sum();
  }

  static DailyPnl settle(MarketDay day, OrderSet orders, Map<HourId, Double> clearing, Map<HourId, Double> imbalance,
      List<Double> actual) {
    List<HourSettlement> hours = new ArrayList<>();
    for (HourId h : HourId.all()) {
      hours.add(Settlement.settle(day, h, orders.forHour(h), clearing.get(h), imbalance.get(h),
          actual.get(h.index())));
    }
    return new DailyPnl(day, orders, hours);
  }

  private static Map<HourId, Double> byHour(List<HourPrice> prices) {
    Map<HourId, Double> m = new TreeMap<>();
    prices.forEach(p -> m.put(p.hour(), p.priceGbpPerMWh()));
    return m;
  }
}
