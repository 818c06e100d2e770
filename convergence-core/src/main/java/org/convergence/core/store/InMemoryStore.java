package org.convergence.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.SettledHour;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;

/**
 * A complete {@link ConvergenceStore} in memory, for tests and research code that want the store's behaviour without
 * a database. Thread-safe (one lock); transactions work on a copy of the state that replaces the state on success.
 */
public final class InMemoryStore implements ConvergenceStore {
  private final Object lock;
  private State state;
  private final boolean inTransaction;

  public InMemoryStore() {
    this(new Object(), new State(), false);
  }

  private InMemoryStore(Object lock, State state, boolean inTransaction) {
    this.lock = lock;
    this.state = state;
    this.inTransaction = inTransaction;
  }

  /** Every table's content; records are immutable, so copying the maps copies the state. */
  private static final class State {
    final NavigableMap<MarketDay, RunRecord> runs = new TreeMap<>();
    final NavigableMap<MarketDay, WeatherForecast> weather = new TreeMap<>();
    final NavigableMap<MarketDay, EnergyForecast> energy = new TreeMap<>();
    final NavigableMap<MarketDay, PriceForecast> prices = new TreeMap<>();
    final NavigableMap<MarketDay, OrderSubmission> submissions = new TreeMap<>();
    final NavigableMap<MarketDay, List<HeldOrder>> held = new TreeMap<>();
    final NavigableMap<HourPrice, HourPrice> clearing = new TreeMap<>();
    final NavigableMap<HourPrice, HourPrice> imbalance = new TreeMap<>();
    final NavigableMap<Instant, SiteReading> readings = new TreeMap<>();
    final NavigableMap<MarketDay, List<SettledHour>> settlements = new TreeMap<>();
    final NavigableMap<MarketDay, SettlementRecord> settlementDays = new TreeMap<>();
    final Map<String, ModelRecord> models = new TreeMap<>();
    final Map<String, DayLock> locks = new TreeMap<>();

    State copy() {
      State s = new State();
      s.runs.putAll(runs);
      s.weather.putAll(weather);
      s.energy.putAll(energy);
      s.prices.putAll(prices);
      s.submissions.putAll(submissions);
      s.held.putAll(held);
      s.clearing.putAll(clearing);
      s.imbalance.putAll(imbalance);
      s.readings.putAll(readings);
      s.settlements.putAll(settlements);
      s.settlementDays.putAll(settlementDays);
      s.models.putAll(models);
      s.locks.putAll(locks);
      return s;
    }
  }

  private <T> T read(Function<State, T> f) {
    synchronized (lock) {
      return f.apply(state);
    }
  }

  /** Applies a change atomically: on a copy that replaces the state only when the change completes. */
  private void write(java.util.function.Consumer<State> change) {
    synchronized (lock) {
      if (inTransaction) {
        change.accept(state);
      } else {
        State next = state.copy();
        change.accept(next);
        state = next;
      }
    }
  }

  @Override
  public <T> T callInTransaction(Function<ConvergenceStore, T> work) {
    Objects.requireNonNull(work, "work");
    if (inTransaction) {
      return work.apply(this);
    }
    synchronized (lock) {
      InMemoryStore tx = new InMemoryStore(lock, state.copy(), true);
      T result = work.apply(tx);
      state = tx.state;
      return result;
    }
  }

  @Override
  public void close() {}

  // ---- runs

  @Override
  public void saveRun(RunRecord run) {
    Objects.requireNonNull(run, "run");
    write(s -> s.runs.put(run.day(), run));
  }

  @Override
  public Optional<RunRecord> run(MarketDay day) {
    return read(s -> Optional.ofNullable(s.runs.get(day)));
  }

  @Override
  public List<RunRecord> runs(MarketDay from, MarketDay to) {
    return read(s -> List.copyOf(s.runs.subMap(from, true, to, true).values()));
  }

  // ---- forecasts

  @Override
  public void saveWeatherForecast(MarketDay day, WeatherForecast forecast) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(forecast, "forecast");
    write(s -> s.weather.put(day, forecast));
  }

  @Override
  public Optional<WeatherForecast> weatherForecast(MarketDay day) {
    return read(s -> Optional.ofNullable(s.weather.get(day)));
  }

  @Override
  public void saveEnergyForecast(EnergyForecast forecast) {
    Objects.requireNonNull(forecast, "forecast");
    write(s -> s.energy.put(forecast.day(), forecast));
  }

  @Override
  public Optional<EnergyForecast> energyForecast(MarketDay day) {
    return read(s -> Optional.ofNullable(s.energy.get(day)));
  }

  @Override
  public void savePriceForecast(PriceForecast forecast) {
    Objects.requireNonNull(forecast, "forecast");
    write(s -> s.prices.put(forecast.day(), forecast));
  }

  @Override
  public Optional<PriceForecast> priceForecast(MarketDay day) {
    return read(s -> Optional.ofNullable(s.prices.get(day)));
  }

  // ---- orders

  @Override
  public void saveSubmission(OrderSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    write(s -> s.submissions.put(submission.day(), submission));
  }

  @Override
  public Optional<OrderSubmission> submission(MarketDay day) {
    return read(s -> Optional.ofNullable(s.submissions.get(day)));
  }

  @Override
  public void saveHeldOrders(MarketDay day, List<HeldOrder> orders) {
    StoreChecks.heldOrders(day, orders);
    List<HeldOrder> sorted = orders.stream().sorted(Comparator.comparing(h -> h.order().hour())).toList();
    write(s -> s.held.put(day, sorted));
  }

  @Override
  public List<HeldOrder> heldOrders(MarketDay day) {
    return read(s -> s.held.getOrDefault(day, List.of()));
  }

  @Override
  public List<MarketDay> tradedDays() {
    return read(s -> {
      java.util.TreeSet<MarketDay> days = new java.util.TreeSet<>(s.submissions.keySet());
      s.held.forEach((d, h) -> {
        if (!h.isEmpty()) {
          days.add(d);
        }
      });
      return List.copyOf(days);
    });
  }

  // ---- market data

  @Override
  public void saveClearingPrices(List<HourPrice> prices) {
    StoreChecks.prices("clearing", prices);
    write(s -> prices.forEach(p -> s.clearing.put(p, p)));
  }

  @Override
  public void saveImbalancePrices(List<HourPrice> prices) {
    StoreChecks.prices("imbalance", prices);
    write(s -> prices.forEach(p -> s.imbalance.put(p, p)));
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return read(s -> between(s.clearing, from, to));
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return read(s -> between(s.imbalance, from, to));
  }

  private static List<HourPrice> between(NavigableMap<HourPrice, HourPrice> prices, MarketDay from, MarketDay to) {
    return prices.values().stream()
        .filter(p -> p.day().compareTo(from) >= 0 && p.day().compareTo(to) <= 0)
        .toList();
  }

  // ---- site readings

  @Override
  public void saveSiteReadings(List<SiteReading> readings) {
    StoreChecks.siteReadings(readings);
    write(s -> readings.forEach(r -> s.readings.put(r.time(), r)));
  }

  @Override
  public List<SiteReading> siteReadings(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return List.of();
    }
    return read(s -> List.copyOf(s.readings.subMap(from, true, to, false).values()));
  }

  // ---- settlements

  @Override
  public void saveSettlements(MarketDay day, List<HourSettlement> hours) {
    StoreChecks.settlements(day, hours);
    List<SettledHour> rows = hours.stream().sorted(Comparator.comparing(HourSettlement::hour))
        .map(h -> new SettledHour(h, Double.NaN, Double.NaN, Optional.empty(), h.filled(), "", Instant.EPOCH, 1))
        .toList();
    write(s -> s.settlements.put(day, rows));
  }

  @Override
  public List<HourSettlement> settlements(MarketDay from, MarketDay to) {
    return read(s -> {
      List<HourSettlement> out = new ArrayList<>();
      s.settlements.subMap(from, true, to, true).values()
          .forEach(rows -> rows.forEach(r -> out.add(r.settlement())));
      return List.copyOf(out);
    });
  }

  @Override
  public void saveSettlementRecord(SettlementRecord record) {
    Objects.requireNonNull(record, "record");
    write(s -> {
      s.settlementDays.put(record.day(), record);
      if (record.status() == SettlementStatus.SETTLED) {
        s.settlements.put(record.day(), record.hours());
      }
    });
  }

  @Override
  public Optional<SettlementRecord> settlementRecord(MarketDay day) {
    List<SettlementRecord> r = settlementRecords(day, day);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  @Override
  public List<SettlementRecord> settlementRecords(MarketDay from, MarketDay to) {
    return read(s -> s.settlementDays.subMap(from, true, to, true).values().stream()
        .map(r -> r.status() == SettlementStatus.SETTLED
            ? new SettlementRecord(r.day(), r.status(), r.message(), r.warnings(), r.checkedAt(),
                s.settlements.getOrDefault(r.day(), r.hours()))
            : r)
        .toList());
  }

  // ---- model registry

  @Override
  public void register(ModelRecord model) {
    StoreChecks.model(model);
    write(s -> {
      if (model.champion()) {
        s.models.replaceAll((id, m) -> m.asChampion(false));
      }
      s.models.put(model.id(), model);
    });
  }

  @Override
  public Optional<ModelRecord> model(String id) {
    return read(s -> Optional.ofNullable(s.models.get(id)));
  }

  @Override
  public List<ModelRecord> models() {
    return read(s -> s.models.values().stream()
        .sorted(Comparator.comparing(ModelRecord::created).thenComparing(ModelRecord::id))
        .toList());
  }

  @Override
  public void promote(String id) {
    write(s -> {
      if (!s.models.containsKey(id)) {
        throw new IllegalArgumentException("cannot promote model '" + id + "': no such model in the registry");
      }
      s.models.replaceAll((k, m) -> m.asChampion(k.equals(id)));
    });
  }

  @Override
  public Optional<ModelRecord> champion() {
    return read(s -> s.models.values().stream().filter(ModelRecord::champion).findFirst());
  }

  // ---- day locks

  private static String lockKey(MarketDay day, String job) {
    return day + "|" + job;
  }

  @Override
  public Optional<DayLock> tryLock(MarketDay day, String job, String holder, Instant now, java.time.Duration ttl) {
    DayLock wanted = new DayLock(day, job, holder, now, now.plus(ttl));
    java.util.concurrent.atomic.AtomicReference<DayLock> taken = new java.util.concurrent.atomic.AtomicReference<>();
    write(s -> {
      DayLock current = s.locks.get(lockKey(day, job));
      if (current == null || current.expiredAt(now) || current.holder().equals(holder)) {
        s.locks.put(lockKey(day, job), wanted);
        taken.set(wanted);
      }
    });
    return Optional.ofNullable(taken.get());
  }

  @Override
  public Optional<DayLock> dayLock(MarketDay day, String job) {
    return read(s -> Optional.ofNullable(s.locks.get(lockKey(day, job))));
  }

  @Override
  public void unlock(DayLock lock) {
    Objects.requireNonNull(lock, "lock");
    write(s -> s.locks.computeIfPresent(lockKey(lock.day(), lock.job()),
        (k, current) -> current.holder().equals(lock.holder()) ? null : current));
  }
}
