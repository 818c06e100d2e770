package org.convergence.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convergence.core.store.StoreFixtures.DAY;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.store.ConvergenceStore;
import org.convergence.core.store.ConvergenceStoreContract;
import org.convergence.core.store.RunRecord;
import org.convergence.core.store.RunStatus;
import org.convergence.core.store.StoreException;
import org.convergence.core.store.StoreFixtures;
import org.convergence.core.weather.WeatherForecast;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store contract plus what only a database can get wrong: row counts per natural key, real SQL failures inside a
 * step, time zones, batches. One database per test class, emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStoreContract extends ConvergenceStoreContract {
  protected DatabaseConfig config;
  protected JdbcStore database;

  /** A config for an empty database of this class's own, or null when this kind of database is not available. */
  protected abstract DatabaseConfig newDatabase() throws Exception;

  /** Skips the current test (visibly) when {@link #newDatabase()} returned null. */
  protected void assumeAvailable() {}

  protected void dropDatabase(DatabaseConfig config) throws Exception {}

  @BeforeAll
  void openDatabase() throws Exception {
    config = newDatabase();
    if (config != null) {
      database = Databases.open(config);
    }
  }

  @AfterAll
  void closeDatabase() throws Exception {
    if (database != null) {
      database.close();
      dropDatabase(config);
    }
  }

  @Override
  protected ConvergenceStore emptyStore() {
    assumeAvailable();
    try {
      TestDatabases.deleteAllRows(database.dataSource());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new JdbcStore(database.dataSource(), null);
  }

  protected DataSource dataSource() {
    return database.dataSource();
  }

  private void storeEverything(int variant) {
    store.saveRun(StoreFixtures.run(DAY, variant));
    store.saveWeatherForecast(DAY, StoreFixtures.weather(DAY, variant));
    store.saveEnergyForecast(StoreFixtures.energy(DAY, 1));
    store.savePriceForecast(StoreFixtures.prices(DAY, "gbm-" + variant, variant));
    store.saveSubmission(StoreFixtures.submission(DAY, 24, variant));
    store.saveHeldOrders(DAY, StoreFixtures.held(DAY, 24, variant));
    store.saveClearingPrices(StoreFixtures.hourPrices(DAY, variant));
    store.saveImbalancePrices(StoreFixtures.hourPrices(DAY, variant + 3));
    store.saveSiteReadings(StoreFixtures.readings(DAY.deliveryStart(), variant));
    store.saveSettlements(DAY, StoreFixtures.settlements(DAY, variant));
    store.saveSettlementRecord(StoreFixtures.settledRecord(DAY, variant));
    store.register(StoreFixtures.model("gbm-a", Instant.parse("2026-11-01T00:00:00Z"), variant == 1));
    store.tryLock(DAY, "run", "runner", Instant.parse("2026-11-27T08:30:00Z"), java.time.Duration.ofMinutes(5));
  }

  @Test
  void storingTheSameMarketDayTwiceLeavesOneSetOfRowsPerKey() throws SQLException {
    storeEverything(0);
    storeEverything(1);
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("runs", 1L);
    expected.put("run_notes", 5L); // 3 sources + 2 warnings of variant 1
    expected.put("weather_forecasts", 1L);
    expected.put("weather_samples", 48L);
    expected.put("energy_forecasts", 1L);
    expected.put("energy_forecast_intervals", 48L);
    expected.put("energy_forecast_warnings", 2L);
    expected.put("price_forecasts", 1L);
    expected.put("price_forecast_hours", 24L);
    expected.put("price_forecast_quantiles", 72L);
    expected.put("order_submissions", 1L);
    expected.put("submitted_orders", 24L);
    expected.put("held_orders", 24L);
    expected.put("clearing_prices", 24L);
    expected.put("imbalance_prices", 24L);
    expected.put("site_readings", 20L);
    expected.put("settlements", 24L);
    expected.put("settlement_days", 1L);
    expected.put("settlement_warnings", 2L); // 2 warnings of variant 1
    expected.put("models", 1L);
    expected.put("model_metrics", 3L);
    expected.put("day_locks", 1L);
    assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(TestDatabases.TABLES);
    Map<String, Long> actual = new LinkedHashMap<>();
    for (String table : expected.keySet()) {
      actual.put(table, TestDatabases.count(dataSource(), table));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(store.run(DAY)).contains(StoreFixtures.run(DAY, 1));
    assertThat(store.champion().orElseThrow().id()).isEqualTo("gbm-a");
  }

  @Test
  void aDatabaseErrorMidStepRollsTheStepBackAndTheRunRecordsIt() {
    store.saveRun(RunRecord.started(DAY, Instant.parse("2026-11-27T06:00:00Z")));
    WeatherForecast good = StoreFixtures.weather(DAY, 0);
    // 100 characters do not fit weather_forecasts.source (VARCHAR(64)): the database itself rejects the row
    WeatherForecast tooLongSource = new WeatherForecast("x".repeat(100), good.issuedAt(),
        good.windMeasurementHeightM(), good.samples());

    assertThatThrownBy(() -> store.runStep(DAY, "forecast", tx -> {
      tx.saveEnergyForecast(StoreFixtures.energy(DAY, 0));
      tx.savePriceForecast(StoreFixtures.prices(DAY, "gbm", 0));
      tx.saveWeatherForecast(DAY, tooLongSource);
    })).isInstanceOf(StoreException.class)
        .hasMessageContaining("could not store the weather forecast for " + DAY);

    assertThat(store.energyForecast(DAY)).isEmpty();
    assertThat(store.priceForecast(DAY)).isEmpty();
    assertThat(store.weatherForecast(DAY)).isEmpty();
    RunRecord run = store.run(DAY).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().orElseThrow())
        .startsWith("step 'forecast' failed: StoreException: could not store the weather forecast for " + DAY);
  }

  @Test
  void instantsRoundTripAsUtcWhateverTheJvmTimeZone() throws SQLException {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham")); // UTC+13:45 in November
      // around the UK's spring-forward gap (01:00Z on 29 March 2026), which a local-time conversion would break
      Instant t = Instant.parse("2026-03-29T00:59:59.500001Z");
      List<SiteReading> readings = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        readings.add(new SiteReading(t.plusSeconds(1800L * i), 1, 2, 3, 4, 5));
      }
      store.saveSiteReadings(readings);
      RunRecord run = StoreFixtures.run(DAY, 0);
      store.saveRun(run);

      assertThat(store.siteReadings(t, t.plusSeconds(7200))).isEqualTo(readings);
      assertThat(store.run(DAY)).contains(run);
      try (Connection c = dataSource().getConnection();
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT reading_time FROM site_readings ORDER BY reading_time")) {
        List<String> raw = new ArrayList<>();
        while (rs.next()) {
          raw.add(rs.getString(1).replace('T', ' '));
        }
        assertThat(raw).hasSize(4);
        assertThat(raw.get(0)).startsWith("2026-03-29 00:59:59.500001");
        assertThat(raw.get(1)).startsWith("2026-03-29 01:29:59.500001");
        assertThat(raw.get(2)).startsWith("2026-03-29 01:59:59.500001");
      }
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void nanosecondsBeyondTheMicrosecondAreDropped() {
    Instant t = Instant.parse("2026-11-27T10:00:00.123456789Z");
    store.saveSiteReadings(List.of(new SiteReading(t, 1, 2, 3, 4, Double.NaN)));
    assertThat(store.siteReadings(t.minusSeconds(1), t.plusSeconds(1)))
        .extracting(SiteReading::time)
        .containsExactly(Instant.parse("2026-11-27T10:00:00.123456Z"));
  }

  @Test
  void aDayOfTenSecondReadingsGoesThroughInOneBatch() {
    List<SiteReading> readings = new ArrayList<>();
    for (int i = 0; i < 8640; i++) {
      readings.add(new SiteReading(DAY.deliveryStart().plusSeconds(10L * i), i % 900, 0, 25, 200, 18.5));
    }
    store.saveSiteReadings(readings);
    store.saveSiteReadings(readings.subList(0, 100));
    assertThat(store.siteReadings(DAY.deliveryStart(), DAY.deliveryEnd())).isEqualTo(readings);
  }
}
