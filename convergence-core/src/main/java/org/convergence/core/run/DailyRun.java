package org.convergence.core.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.convergence.core.carbon.CarbonIntensity;
import org.convergence.core.carbon.CarbonIntensitySource;
import org.convergence.core.carbon.CarbonSavings;
import org.convergence.core.dashboard.DashboardDay;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.dashboard.FailedRun;
import org.convergence.core.dashboard.SolarAngle;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.store.ConvergenceStore;
import org.convergence.core.store.OrderSubmission;
import org.convergence.core.store.RunRecord;
import org.convergence.core.store.RunStatus;
import org.convergence.core.strategy.BiddingContext;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.strategy.EvStrategy;
import org.convergence.core.strategy.HourDecision;
import org.convergence.core.strategy.NetUncertainty;
import org.convergence.core.strategy.SpreadEstimate;
import org.convergence.core.strategy.TrackRecord;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.SourceAttempt;
import org.convergence.core.weather.WeatherFallbackChain;
import org.convergence.core.weather.WeatherSelection;

/**
 * The daily job for one market day, written against ports: weather -> energy -> price forecast -> strategy ->
 * validated, capped order set -> submit -> read back and verify -> store -> publish -> {@link RunReport}.
 *
 * <p>Time comes from the injected clock. Every input is seen as it stood at the clock's instant ({@link
 * CausalViews}), so a run whose clock stands before a day's gate cannot see anything recorded after it.
 *
 * <p>Idempotent: the exchange's orders for the day are read first. When it already holds the plan, nothing is sent
 * ({@link RunOutcome#UNCHANGED}); otherwise only the hours that differ are sent. After the gate has closed nothing is
 * planned or sent ({@link RunOutcome#GATE_CLOSED}); the report shows what the exchange holds.
 */
public final class DailyRun {
  /** Volumes and limits equal to within this are the same order. */
  static final double SAME_ORDER_TOLERANCE = 1e-6;

  private final Clock clock;
  private final WeatherFallbackChain weather;
  private final EnergyModel energy;
  private final PriceForecaster forecaster;
  private final PriceHistory history;
  private final Exchange exchange;
  private final String exchangeName;
  private final GridConnection grid;
  private final BiddingStrategy strategy;
  private final Optional<ForecastErrors> forecastErrors;
  private final Optional<CarbonIntensitySource> carbon;
  private final Optional<ConvergenceStore> store;
  private final Function<RunReport, String> reportJson;
  private final Optional<DashboardPublisher> dashboard;
  private final String siteName;
  private final Optional<GeoLocation> location;
  private final int spreadLookbackDays;
  private final Optional<SpreadForecaster> spreadForecaster;
  private final TrackRecord trackRecord;

  private DailyRun(Builder b) {
    this.spreadForecaster = b.spreadForecaster;
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.weather = Objects.requireNonNull(b.weather, "weather");
    this.energy = Objects.requireNonNull(b.energy, "energy");
    this.forecaster = Objects.requireNonNull(b.forecaster, "forecaster");
    this.history = Objects.requireNonNull(b.history, "history");
    this.exchange = Objects.requireNonNull(b.exchange, "exchange");
    this.exchangeName = Objects.requireNonNull(b.exchangeName, "exchangeName");
    this.grid = Objects.requireNonNull(b.grid, "grid");
    this.strategy = Objects.requireNonNull(b.strategy, "strategy");
    this.forecastErrors = Optional.ofNullable(b.forecastErrors);
    this.carbon = Optional.ofNullable(b.carbon);
    this.store = Optional.ofNullable(b.store);
    this.reportJson = Objects.requireNonNull(b.reportJson, "reportJson");
    this.dashboard = Optional.ofNullable(b.dashboard);
    this.siteName = Objects.requireNonNull(b.siteName, "siteName");
    this.location = Optional.ofNullable(b.location);
    this.spreadLookbackDays = b.spreadLookbackDays;
    this.trackRecord = Objects.requireNonNull(b.trackRecord, "trackRecord");
  }

  public static Builder builder() {
    return new Builder();
  }

  public BiddingStrategy strategy() {
    return strategy;
  }

  /** Runs the day: plans, submits when needed, verifies, stores and publishes. */
  public RunReport run(MarketDay day) {
    return run(day, null);
  }

  /**
   * Runs the day on forecasts already made at this run's clock instant (a backtest shares one day's forecasts
   * among strategies); {@code null} forecasts them here.
   */
  public RunReport run(MarketDay day, DayForecasts precomputed) {
    Instant started = clock.instant();
    if (precomputed != null && (!precomputed.day().equals(day) || precomputed.asOf().isAfter(started))) {
      throw new IllegalArgumentException("forecasts for " + precomputed.day() + " as of " + precomputed.asOf()
          + " cannot serve a run for " + day + " at " + started);
    }
    List<StepTiming> timings = new ArrayList<>();
    List<SourceUse> sources = new ArrayList<>();
    sources.add(new SourceUse("exchange", exchangeName, ""));
    sources.add(new SourceUse("strategy", strategy.name(), ""));
    if (!day.isOpenAt(started)) {
      return gateClosed(day, started, sources, timings);
    }
    RunRecord record = RunRecord.started(day, started);
    store.ifPresent(st -> st.saveRun(record));
    Progress progress = new Progress();
    try {
      return plannedRun(day, precomputed, started, sources, timings, record, progress);
    } catch (RuntimeException e) {
      String placed = progress.placed(day);
      String rowNote = "";
      if (store.isPresent()) {
        // the store may be what failed: every read and write of the failure handler stays inside this guard
        try {
          ConvergenceStore st = store.get();
          RunRecord now = st.run(day).orElse(record);
          if (now.status() != RunStatus.FAILED || !placed.isEmpty()) {
            st.saveRun(now.failed(later(clock.instant(), now.started()),
                describe(e) + (placed.isEmpty() ? "" : "; " + placed)));
          }
        } catch (RuntimeException storeFailure) {
          e.addSuppressed(storeFailure);
          rowNote = "; the run row for " + day + " could not be marked failed (" + describe(storeFailure)
              + ") and stays RUNNING until the next run for " + day + " replaces it";
        }
      }
      String failure = describe(e) + (placed.isEmpty() ? "" : "; " + placed);
      dashboard.ifPresent(d -> {
        // the dashboard says the run failed even when no day was published; its own failure stays suppressed
        try {
          d.publishFailedRun(new FailedRun(day, later(clock.instant(), started), failure));
        } catch (RuntimeException publishFailure) {
          e.addSuppressed(publishFailure);
        }
      });
      if (!placed.isEmpty()) {
        throw new TradedRunException(day, placed + ", but the run then failed: " + describe(e) + rowNote, e);
      }
      throw e;
    }
  }

  /** What the run has sent to the exchange so far, for the failure handler. */
  private static final class Progress {
    private int sent;
    private SubmissionReceipt receipt;

    String placed(MarketDay day) {
      return receipt == null ? "" : sent + " order" + (sent == 1 ? " was" : "s were") + " already sent to the"
          + " exchange for " + day + " (accepted " + receipt.accepted() + ")";
    }
  }

  private RunReport gateClosed(MarketDay day, Instant started, List<SourceUse> sources, List<StepTiming> timings) {
    List<HeldOrder> held = timed(timings, "read back", () -> exchange.heldOrders(day));
    String msg = "gate for " + day + " closed at " + day.gateClosure() + "; nothing planned or sent (the exchange"
        + " holds " + held.size() + " order" + (held.size() == 1 ? "" : "s") + " for that day)";
    if (store.isPresent() && !held.isEmpty()) {
      timed(timings, "store held orders", () -> {
        store.get().runStep(day, "read back", tx -> tx.saveHeldOrders(day, held));
        return null;
      });
    }
    return new RunReport(day, started, clock.instant(), RunOutcome.GATE_CLOSED, msg, strategy.name(), sources,
        Optional.empty(), Optional.empty(), Optional.empty(), OrderSet.empty(day), Optional.empty(), held, false,
        List.of(msg), OptionalDouble.empty(), timings);
  }

  private RunReport plannedRun(MarketDay day, DayForecasts precomputed, Instant started, List<SourceUse> sources,
      List<StepTiming> timings, RunRecord record, Progress progress) {
    DayForecasts f = precomputed != null ? precomputed : forecast(day, started);
    timings.addAll(f.timings());
    sources.add(new SourceUse("weather", f.weather().servedBy(), f.weather().skipped().stream()
        .map(SourceAttempt::toString).collect(Collectors.joining("; "))));
    sources.add(new SourceUse("prices", f.prices().modelId(), ""));
    f.spreadForecast().ifPresent(sf -> sources.add(new SourceUse("spread", sf.modelId(), "")));
    if (history instanceof org.convergence.core.price.PriceHistoryChain chain) {
      sources.add(new SourceUse("price history", chain.servedBy(), chain.passedOver()));
    }
    List<String> warnings = new ArrayList<>(f.warnings());
    List<String> errors = new ArrayList<>();
    store.ifPresent(st -> timed(timings, "store forecasts", () -> {
      st.runStep(day, "forecast", tx -> {
        tx.saveWeatherForecast(day, f.weather().forecast());
        tx.saveEnergyForecast(f.energy());
        tx.savePriceForecast(f.prices());
      });
      return null;
    }));

    Plan planned = timed(timings, "strategy", () -> planWithReasons(f, strategy));
    OrderSet plan = planned.orders();
    List<HeldOrder> before = timed(timings, "read exchange", () -> exchange.heldOrders(day));
    Map<HourId, Order> heldBefore = byHour(before);
    List<Order> changed = plan.orders().stream().filter(o -> !same(o, heldBefore.get(o.hour()))).toList();
    for (HourId h : heldBefore.keySet()) {
      if (plan.forHour(h).isEmpty()) {
        warnings.add(h + ": the exchange holds an earlier order (" + heldBefore.get(h)
            + ") that the plan no longer has; the exchange cannot cancel it");
      }
    }

    RunOutcome outcome;
    String message;
    Optional<SubmissionReceipt> receipt = Optional.empty();
    List<HeldOrder> after = before;
    if (changed.isEmpty()) {
      outcome = plan.isEmpty() && before.isEmpty() ? RunOutcome.NO_ORDERS : RunOutcome.UNCHANGED;
      message = plan.isEmpty() && before.isEmpty()
          ? "strategy " + strategy.name() + " placed no orders for " + day
          : "the exchange already holds this plan for " + day + " (" + plan.size() + " orders); nothing sent";
    } else {
      OrderSet toSend = new OrderSet(day, changed);
      Instant sentAt = clock.instant();
      SubmissionReceipt r = timed(timings, "submit", () -> exchange.submit(toSend));
      receipt = Optional.of(r);
      progress.sent = toSend.size();
      progress.receipt = r;
      store.ifPresent(st -> afterTrade(errors, "storing the submission", () -> timed(timings, "store submission",
          () -> {
            st.runStep(day, "submit", tx -> tx.saveSubmission(new OrderSubmission(toSend, sentAt, r)));
            return null;
          })));
      if (r.accepted() != toSend.size()) {
        warnings.add("the exchange accepted " + r.accepted() + " of " + toSend.size() + " orders: " + r.message());
      }
      after = timed(timings, "verify", () -> exchange.heldOrders(day));
      outcome = RunOutcome.SUBMITTED;
      message = "sent " + toSend.size() + " of " + plan.size() + " planned orders for " + day + "; accepted "
          + r.accepted();
    }
    List<HeldOrder> held = after;
    store.ifPresent(st -> afterTrade(errors, "storing the orders the exchange holds", () -> timed(timings,
        "store held orders", () -> {
          st.runStep(day, "verify", tx -> tx.saveHeldOrders(day, held));
          return null;
        })));
    Map<HourId, Order> heldAfter = byHour(after);
    boolean verified = plan.orders().stream().allMatch(o -> same(o, heldAfter.get(o.hour())));
    if (!verified) {
      warnings.add("the exchange does not hold the plan for hours " + plan.orders().stream()
          .filter(o -> !same(o, heldAfter.get(o.hour()))).map(o -> String.valueOf(o.hour().value())).toList());
    }
    Carbon carbonSaved = timed(timings, "carbon", () -> carbonSaved(f.energy(), warnings));
    OptionalDouble carbonKg = carbonSaved.savedKg();
    if (dashboard.isPresent()) {
      RunReport draft = report(day, started, outcome, message, sources, f, planned, receipt, after, verified, warnings,
          carbonKg, timings);
      // trading and reporting fail separately: a publishing failure is reported, the run stays traded
      afterTrade(errors, "publishing the dashboard", () -> timed(timings, "publish", () -> {
        dashboard.get().publish(dashboardDay(draft, carbonSaved.intensities()));
        return null;
      }));
    }
    RunReport traded = report(day, started, outcome, message, sources, f, planned, receipt, after, verified, warnings,
        carbonKg, timings);
    for (String error : errors) {
      traded = traded.withError(error);
    }
    RunReport report = traded;
    if (store.isEmpty()) {
      return report;
    }
    List<String> stored = new ArrayList<>(report.warnings());
    report.errors().forEach(e -> stored.add("error: " + e));
    try {
      store.get().saveRun(record.withSourcesUsed(sources.stream().map(u -> u.role() + ": " + u.source()).toList())
          .withWarnings(stored).withReportJson(reportJson.apply(report))
          .finished(later(report.finishedAt(), record.started()),
              stored.isEmpty() ? RunStatus.SUCCEEDED : RunStatus.DEGRADED));
    } catch (RuntimeException e) {
      return report.withError("storing the run failed (" + describe(e) + "); the run row for " + day
          + " stays RUNNING until the next run for " + day + " replaces it");
    }
    return report;
  }

  /** Runs a step after the orders were decided; its failure is one line in {@code errors}, not the run's end. */
  private static void afterTrade(List<String> errors, String what, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      errors.add(what + " failed: " + describe(e));
    }
  }

  private RunReport report(MarketDay day, Instant started, RunOutcome outcome, String message,
      List<SourceUse> sources, DayForecasts f, Plan plan, Optional<SubmissionReceipt> receipt,
      List<HeldOrder> held, boolean verified, List<String> warnings, OptionalDouble carbonKg,
      List<StepTiming> timings) {
    return new RunReport(day, started, clock.instant(), outcome, message, strategy.name(), sources,
        Optional.of(f.weather().forecast()), Optional.of(f.energy()), Optional.of(f.prices()), plan.orders(), receipt,
        held, verified, warnings, carbonKg, timings, plan.decisions(), List.of());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isBefore(b) ? b : a;
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** The forecasting steps (weather, energy, prices, spread and error history) as they stood at {@code asOf}. */
  public DayForecasts forecast(MarketDay day, Instant asOf) {
    List<StepTiming> timings = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    WeatherSelection w = timed(timings, "weather", () -> weather.select(day, asOf));
    if (w.forecast().issuedAt().isAfter(asOf)) {
      throw new IllegalStateException("weather source " + w.forecast().source() + " served a forecast issued at "
          + w.forecast().issuedAt() + ", after the run's time " + asOf);
    }
    w.skipped().forEach(a -> warnings.add("weather " + a));
    EnergyForecast e = timed(timings, "energy", () -> energy.forecast(day, w.forecast()));
    warnings.addAll(e.warnings());
    PriceHistory known = CausalViews.prices(history, asOf);
    warnings.addAll(org.convergence.core.price.PriceSanity.check(known, day));
    PriceForecaster.Outcome priced = timed(timings, "prices", () -> forecaster.forecastWithWarnings(day, known, asOf));
    PriceForecast p = priced.forecast();
    warnings.addAll(priced.warnings());
    SpreadEstimate spread = timed(timings, "spread", () ->
        SpreadEstimate.fromHistory(known, day, asOf, spreadLookbackDays));
    NetUncertainty unc = timed(timings, "forecast errors", () ->
        forecastErrors.map(fe -> fe.uncertainty(day, asOf)).orElse(NetUncertainty.none()));
    Optional<SpreadForecast> sf = spreadForecaster.map(sp -> timed(timings, "spread forecast", () ->
        sp.forecast(day, known, asOf)));
    return new DayForecasts(day, asOf, w, e, p, spread, unc, warnings, timings, sf);
  }

  /** A strategy's orders and, for strategies that explain them ({@code ev}), the reasons per hour. */
  public record Plan(OrderSet orders, List<HourDecision> decisions) {}

  /** The strategy's orders for the forecasts, validated and within the grid connection. */
  public OrderSet plan(DayForecasts f, BiddingStrategy s) {
    return planWithReasons(f, s).orders();
  }

  /**
   * {@link #plan} with the reasons: the context carries the spread forecast and the strategy's track record up to
   * D-2.
   */
  public Plan planWithReasons(DayForecasts f, BiddingStrategy s) {
    BiddingContext context = new BiddingContext(f.day(), f.energy(), f.prices(), grid, f.spread(),
        f.netUncertainty(), f.spreadForecast(), trackRecord.knownFor(f.day()));
    List<HourDecision> decisions = List.of();
    OrderSet orders;
    if (s instanceof EvStrategy ev) {
      EvStrategy.Decision d = ev.decide(context);
      orders = d.orders();
      decisions = d.hours();
    } else {
      orders = s.orders(context);
    }
    List<String> problems = new ArrayList<>();
    for (Order o : orders.orders()) {
      if (o.volumeMWh() > grid.hourlyCapMWh(o.side()) + SAME_ORDER_TOLERANCE) {
        problems.add(o + ": volume above the grid connection's " + grid.hourlyCapMWh(o.side()) + " MWh");
      }
    }
    if (!orders.day().equals(f.day())) {
      problems.add("strategy " + s.name() + " planned orders for " + orders.day() + ", not " + f.day());
    }
    if (!problems.isEmpty()) {
      throw new org.convergence.core.market.OrderValidationException(problems);
    }
    return new Plan(orders, decisions);
  }

  /** The dashboard's view of a run that planned the day: forecasts, the orders the exchange holds, warnings. */
  private DashboardDay dashboardDay(RunReport r, List<org.convergence.core.dashboard.CarbonIntensity> carbonRows) {
    return dashboardBuilder(r, carbonRows, r.finishedAt(), clock.instant()).build();
  }

  /**
   * The dashboard's view of a planned run as it stands at {@code asOf} (generated then): the run's forecasts and
   * held orders with the clearing and imbalance prices known at {@code asOf}. A backtest adds the metered readings
   * and its settlements before building it, to publish a settled day.
   */
  public DashboardDay.Builder dashboardAsOf(RunReport r, Instant asOf) {
    Carbon carbonSaved = carbonSaved(r.energy().orElseThrow(() -> new IllegalArgumentException(
        "the run for " + r.day() + " planned nothing (" + r.outcome() + "): no dashboard view")), new ArrayList<>());
    return dashboardBuilder(r, carbonSaved.intensities(), asOf, asOf);
  }

  private DashboardDay.Builder dashboardBuilder(RunReport r,
      List<org.convergence.core.dashboard.CarbonIntensity> carbonRows, Instant generatedAt, Instant pricesKnownAt) {
    List<Order> held = r.held().stream().map(HeldOrder::order).toList();
    DashboardDay.Builder b = DashboardDay.builder(siteName, generatedAt, r.prices().orElseThrow(),
        r.energy().orElseThrow(), new OrderSet(r.day(), held)).grid(grid);
    r.weather().ifPresent(b::weather);
    location.ifPresent(loc -> b.solarAngles(SolarAngle.overDay(r.day(), loc, r.weather())));
    b.carbonIntensity(carbonRows);
    PriceHistory known = CausalViews.prices(history, pricesKnownAt);
    b.clearingPrices(known.clearingPrices(r.day(), r.day())).imbalancePrices(known.imbalancePrices(r.day(), r.day()));
    r.warnings().stream().filter(w -> !r.energy().get().warnings().contains(w)).forEach(b::warning);
    return b;
  }

  /** The carbon the forecast generation saves, and the intensities it was reckoned with (for the dashboard). */
  private record Carbon(OptionalDouble savedKg, List<org.convergence.core.dashboard.CarbonIntensity> intensities) {}

  /** Forecast generation x grid intensity; unknown without a source or when it fails (with a warning). */
  private Carbon carbonSaved(EnergyForecast e, List<String> warnings) {
    if (carbon.isEmpty()) {
      return new Carbon(OptionalDouble.empty(), List.of());
    }
    try {
      List<CarbonIntensity> intensities = carbon.get().intensity(e.day().delivery());
      CarbonSavings s = CarbonSavings.of(e.halfHours(), intensities);
      if (s.uncoveredKWh() > 0) {
        warnings.add(String.format(java.util.Locale.ROOT, "carbon intensity unknown for %.1f of %.1f kWh of"
            + " forecast generation; carbon saved counts the rest", s.uncoveredKWh(), s.generationKWh()));
      }
      return new Carbon(OptionalDouble.of(s.savedKgCo2()),
          org.convergence.core.dashboard.CarbonIntensity.known(intensities));
    } catch (RuntimeException ex) {
      warnings.add("carbon intensity unavailable: " + ex.getMessage());
      return new Carbon(OptionalDouble.empty(), List.of());
    }
  }

  private static Map<HourId, Order> byHour(List<HeldOrder> held) {
    Map<HourId, Order> m = new java.util.TreeMap<>();
    for (HeldOrder h : held) {
      m.put(h.order().hour(), h.order());
    }
    return m;
  }

  static boolean same(Order a, Order b) {
    return a != null && b != null && a.hour().equals(b.hour()) && a.side() == b.side()
        && Math.abs(a.volumeMWh() - b.volumeMWh()) <= SAME_ORDER_TOLERANCE
        && Math.abs(a.limitPriceGbpPerMWh() - b.limitPriceGbpPerMWh()) <= SAME_ORDER_TOLERANCE;
  }

  private <T> T timed(List<StepTiming> timings, String step, Supplier<T> body) {
    long t0 = System.nanoTime();
    try {
      return body.get();
    } finally {
      timings.add(new StepTiming(step, Duration.ofNanos(System.nanoTime() - t0)));
    }
  }

  /**
   * Wires a daily run; every port is required except the forecast-error history, the carbon source, the store, the
   * dashboard, the site's location, the spread forecaster and the realised value added.
   */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private WeatherFallbackChain weather;
    private EnergyModel energy;
    private PriceForecaster forecaster;
    private PriceHistory history;
    private Exchange exchange;
    private String exchangeName = "exchange";
    private GridConnection grid;
    private BiddingStrategy strategy;
    private ForecastErrors forecastErrors;
    private CarbonIntensitySource carbon;
    private ConvergenceStore store;
    private Function<RunReport, String> reportJson = r -> "";
    private DashboardPublisher dashboard;
    private String siteName = "site";
    private GeoLocation location;
    private int spreadLookbackDays = SpreadEstimate.DEFAULT_LOOKBACK_DAYS;
    private Optional<SpreadForecaster> spreadForecaster = Optional.empty();
    private TrackRecord trackRecord = TrackRecord.none();

    public Builder clock(Clock v) { clock = v; return this; }
    public Builder weather(WeatherFallbackChain v) { weather = v; return this; }
    public Builder energy(EnergyModel v) { energy = v; return this; }
    public Builder forecaster(PriceForecaster v) { forecaster = v; return this; }
    public Builder history(PriceHistory v) { history = v; return this; }
    public Builder exchange(Exchange v, String name) { exchange = v; exchangeName = name; return this; }
    public Builder grid(GridConnection v) { grid = v; return this; }
    public Builder strategy(BiddingStrategy v) { strategy = v; return this; }
    public Builder forecastErrors(ForecastErrors v) { forecastErrors = v; return this; }
    public Builder carbon(CarbonIntensitySource v) { carbon = v; return this; }
    /** Stores forecasts, submissions, held orders and the run row with its report as JSON text. */
    public Builder store(ConvergenceStore v, Function<RunReport, String> json) {
      store = v;
      reportJson = json;
      return this;
    }
    /** Publishes each planned day's dashboard data for the site (its name and location, for solar angles). */
    public Builder dashboard(DashboardPublisher v, String site, GeoLocation where) {
      dashboard = v;
      siteName = site;
      location = where;
      return this;
    }
    /** The site's name and location for dashboard views, without publishing each run (see {@link #dashboardAsOf}). */
    public Builder site(String name, GeoLocation where) {
      siteName = name;
      location = where;
      return this;
    }
    public Builder spreadLookbackDays(int v) { spreadLookbackDays = v; return this; }
    /** Forecasts the joint P / P - I scenarios each day for the strategy (optional; {@code ev} needs it to trade). */
    public Builder spreadForecaster(SpreadForecaster v) {
      return spreadForecaster(Optional.of(v));
    }
    /** As {@link #spreadForecaster(SpreadForecaster)}, or no spread forecast step when {@code v} is empty. */
    public Builder spreadForecaster(Optional<SpreadForecaster> v) {
      spreadForecaster = Objects.requireNonNull(v, "spreadForecaster");
      return this;
    }
    /** The strategy's own settled record; the strategy sees only its days up to D-2 ({@link TrackRecord}). */
    public Builder trackRecord(TrackRecord v) { trackRecord = v; return this; }

    public DailyRun build() {
      return new DailyRun(this);
    }
  }
}
