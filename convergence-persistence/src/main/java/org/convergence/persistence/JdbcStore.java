package org.convergence.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.store.ConvergenceStore;
import org.convergence.core.store.ModelRecord;
import org.convergence.core.store.OrderSubmission;
import org.convergence.core.store.RunRecord;
import org.convergence.core.store.StoreChecks;
import org.convergence.core.store.StoreException;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;

/**
 * {@link ConvergenceStore} on a relational database through plain JDBC. Every call outside a transaction borrows a
 * pooled connection and commits its work as one transaction; inside {@link #callInTransaction} all calls share the
 * transaction's connection. SQL failures become {@link StoreException}s naming the operation.
 *
 * <p>Get one from {@link Databases#open(DatabaseConfig)}, which also migrates the schema.
 */
public final class JdbcStore implements ConvergenceStore {
  private final DataSource dataSource;
  private final AutoCloseable owned;
  /** Non-null when this view runs inside a transaction on this connection. */
  private final Connection txConnection;

  /**
   * A store on an already migrated data source. {@code owned} is closed by {@link #close()} (the pool, normally);
   * pass null when the caller manages the data source.
   */
  public JdbcStore(DataSource dataSource, AutoCloseable owned) {
    this(Objects.requireNonNull(dataSource, "dataSource"), owned, null);
  }

  private JdbcStore(DataSource dataSource, AutoCloseable owned, Connection txConnection) {
    this.dataSource = dataSource;
    this.owned = owned;
    this.txConnection = txConnection;
  }

  /** The data source (a HikariCP pool when opened through {@link Databases}). */
  public DataSource dataSource() {
    return dataSource;
  }

  private <T> T execute(String what, SqlWork<T> work) {
    try {
      if (txConnection != null) {
        return work.run(txConnection);
      }
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(c, e);
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new StoreException("could not " + what + ": " + e.getMessage(), e);
    }
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  @Override
  public <T> T callInTransaction(Function<ConvergenceStore, T> work) {
    Objects.requireNonNull(work, "work");
    if (txConnection != null) {
      return work.apply(this);
    }
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw new StoreException("could not begin a transaction: " + e.getMessage(), e);
    }
    try (c) {
      c.setAutoCommit(false);
      try {
        T result = work.apply(new JdbcStore(dataSource, null, c));
        c.commit();
        return result;
      } catch (RuntimeException | Error e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("could not commit a transaction: " + e.getMessage(), e);
    }
  }

  /** Closes the pool (a transaction view closes nothing). */
  @Override
  public void close() {
    if (txConnection == null && owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new StoreException("could not close the database: " + e.getMessage(), e);
      }
    }
  }

  // ---- runs

  @Override
  public void saveRun(RunRecord run) {
    Objects.requireNonNull(run, "run");
    execute("store the run for " + run.day(), c -> {
      RunRepository.save(c, run);
      return null;
    });
    if (txConnection == null) {
      execute("write the run for " + run.day() + " to disk", c -> {
        if (isH2(c)) {
          // H2 writes committed data to its file in the background: a full disk would otherwise surface only
          // later (or never), after the run was reported done; the run row is forced to disk here
          try (java.sql.Statement st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
          }
        }
        return null;
      });
    }
  }

  private static boolean isH2(Connection c) throws SQLException {
    return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
  }

  @Override
  public Optional<RunRecord> run(MarketDay day) {
    return execute("read the run for " + day, c -> RunRepository.find(c, day));
  }

  @Override
  public List<RunRecord> runs(MarketDay from, MarketDay to) {
    return execute("read runs " + from + ".." + to, c -> RunRepository.between(c, from, to));
  }

  // ---- forecasts

  @Override
  public void saveWeatherForecast(MarketDay day, WeatherForecast forecast) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(forecast, "forecast");
    execute("store the weather forecast for " + day, c -> {
      ForecastRepository.saveWeather(c, day, forecast);
      return null;
    });
  }

  @Override
  public Optional<WeatherForecast> weatherForecast(MarketDay day) {
    return execute("read the weather forecast for " + day, c -> ForecastRepository.findWeather(c, day));
  }

  @Override
  public void saveEnergyForecast(EnergyForecast forecast) {
    Objects.requireNonNull(forecast, "forecast");
    execute("store the energy forecast for " + forecast.day(), c -> {
      ForecastRepository.saveEnergy(c, forecast);
      return null;
    });
  }

  @Override
  public Optional<EnergyForecast> energyForecast(MarketDay day) {
    return execute("read the energy forecast for " + day, c -> ForecastRepository.findEnergy(c, day));
  }

  @Override
  public void savePriceForecast(PriceForecast forecast) {
    Objects.requireNonNull(forecast, "forecast");
    execute("store the price forecast for " + forecast.day(), c -> {
      ForecastRepository.savePrices(c, forecast);
      return null;
    });
  }

  @Override
  public Optional<PriceForecast> priceForecast(MarketDay day) {
    return execute("read the price forecast for " + day, c -> ForecastRepository.findPrices(c, day));
  }

  // ---- orders

  @Override
  public void saveSubmission(OrderSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    execute("store the order submission for " + submission.day(), c -> {
      OrderRepository.saveSubmission(c, submission);
      return null;
    });
  }

  @Override
  public Optional<OrderSubmission> submission(MarketDay day) {
    return execute("read the order submission for " + day, c -> OrderRepository.findSubmission(c, day));
  }

  @Override
  public void saveHeldOrders(MarketDay day, List<HeldOrder> orders) {
    StoreChecks.heldOrders(day, orders);
    execute("store the held orders for " + day, c -> {
      OrderRepository.saveHeld(c, day, orders);
      return null;
    });
  }

  @Override
  public List<HeldOrder> heldOrders(MarketDay day) {
    return execute("read the held orders for " + day, c -> OrderRepository.findHeld(c, day));
  }

  // ---- market data

  @Override
  public void saveClearingPrices(List<HourPrice> prices) {
    StoreChecks.prices("clearing", prices);
    execute("store " + prices.size() + " clearing prices", c -> {
      MarketDataRepository.save(c, MarketDataRepository.CLEARING, prices);
      return null;
    });
  }

  @Override
  public void saveImbalancePrices(List<HourPrice> prices) {
    StoreChecks.prices("imbalance", prices);
    execute("store " + prices.size() + " imbalance prices", c -> {
      MarketDataRepository.save(c, MarketDataRepository.IMBALANCE, prices);
      return null;
    });
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    return execute("read clearing prices " + from + ".." + to,
        c -> MarketDataRepository.between(c, MarketDataRepository.CLEARING, from, to));
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return execute("read imbalance prices " + from + ".." + to,
        c -> MarketDataRepository.between(c, MarketDataRepository.IMBALANCE, from, to));
  }

  // ---- site readings

  @Override
  public void saveSiteReadings(List<SiteReading> readings) {
    StoreChecks.siteReadings(readings);
    execute("store " + readings.size() + " site readings", c -> {
      SiteReadingRepository.save(c, readings);
      return null;
    });
  }

  @Override
  public List<SiteReading> siteReadings(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return List.of();
    }
    return execute("read site readings " + from + ".." + to, c -> SiteReadingRepository.between(c, from, to));
  }

  // ---- settlements

  @Override
  public void saveSettlements(MarketDay day, List<HourSettlement> hours) {
    StoreChecks.settlements(day, hours);
    execute("store the settlement of " + day, c -> {
      SettlementRepository.save(c, day, hours);
      return null;
    });
  }

  @Override
  public List<HourSettlement> settlements(MarketDay from, MarketDay to) {
    return execute("read settlements " + from + ".." + to, c -> SettlementRepository.between(c, from, to));
  }

  // ---- model registry

  @Override
  public void register(ModelRecord model) {
    StoreChecks.model(model);
    execute("register model " + model.id(), c -> {
      ModelRepository.register(c, model);
      return null;
    });
  }

  @Override
  public Optional<ModelRecord> model(String id) {
    return execute("read model " + id, c -> ModelRepository.find(c, id));
  }

  @Override
  public List<ModelRecord> models() {
    return execute("list models", ModelRepository::all);
  }

  @Override
  public void promote(String id) {
    boolean found = execute("promote model " + id, c -> ModelRepository.promote(c, id));
    if (!found) {
      throw new IllegalArgumentException("cannot promote model '" + id + "': no such model in the registry");
    }
  }

  @Override
  public Optional<ModelRecord> champion() {
    return execute("read the champion model", ModelRepository::champion);
  }
}
