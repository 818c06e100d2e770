package org.convergence.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.store.ConvergenceStore;
import org.convergence.core.store.RunStatus;
import org.convergence.core.store.StoreFixtures;
import org.convergence.core.time.MarketDay;

/**
 * Benchmark command (not a test): how long storing and reading a whole market day takes on the embedded H2 file
 * database and, when {@code CONVERGENCE_DB_URL} is set, on that MySQL/MariaDB (in a throw-away schema).
 *
 * <pre>./mvnw -B -q -o -pl convergence-persistence -am -Pbenchmark -DskipTests verify</pre>
 */
public final class StoreBenchmark {
  private static final int WARMUP = 15;
  private static final int ROUNDS = 60;

  public static void main(String[] args) throws Exception {
    System.out.printf("store benchmark: %d warm-up + %d measured rounds per operation; %s, %d cores%n", WARMUP, ROUNDS,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    Path dir = Files.createTempDirectory("convergence-bench");
    try {
      run("H2 file (embedded)", DatabaseConfig.embedded(dir));
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    if (TestDatabases.mariaDbConfigured()) {
      DatabaseConfig schema = TestDatabases.freshMariaDbSchema();
      try {
        run("MySQL/MariaDB " + schema.describe(), schema);
      } finally {
        TestDatabases.dropMariaDbSchema(schema);
      }
    } else {
      System.out.println("MySQL/MariaDB: skipped, CONVERGENCE_DB_URL is not set");
    }
  }

  private static void run(String name, DatabaseConfig config) {
    try (JdbcStore store = Databases.open(config)) {
      System.out.println(name + ":");
      MarketDay[] day = {StoreFixtures.DAY};
      measure("  store a market day in one run step (run, 3 forecasts, 24 orders, receipt, held, prices, settlement)",
          i -> storeDay(store, day[0] = day[0].next()));
      measure("  read that market day back (all ports)", i -> readDay(store, day[0]));
      List<SiteReading> readings = new ArrayList<>();
      for (int k = 0; k < 8640; k++) {
        readings.add(new SiteReading(StoreFixtures.DAY.deliveryStart().plusSeconds(10L * k), k % 900, 3, 25, 200,
            18.5));
      }
      measure("  store 8640 site readings (a day at 10 s), replacing", i -> store.saveSiteReadings(readings));
      Instant[] start = {StoreFixtures.DAY.deliveryStart()};
      measure("  store 8640 new site readings (the next day at 10 s)", i -> {
        start[0] = start[0].plusSeconds(86_400);
        java.time.Duration offset = java.time.Duration.between(StoreFixtures.DAY.deliveryStart(), start[0]);
        List<SiteReading> next = new ArrayList<>(readings.size());
        for (SiteReading r : readings) {
          next.add(new SiteReading(r.time().plus(offset), r.windKw(), r.solarKw(), r.officeKw(),
              r.computingCentreKw(), r.officeTemperatureC()));
        }
        store.saveSiteReadings(next);
      });
      measure("  read 8640 site readings",
          i -> store.siteReadings(StoreFixtures.DAY.deliveryStart(), StoreFixtures.DAY.deliveryEnd()));
    }
  }

  private static void storeDay(ConvergenceStore store, MarketDay d) {
    store.saveRun(StoreFixtures.run(d, 0));
    store.runStep(d, "all", tx -> {
      tx.saveWeatherForecast(d, StoreFixtures.weather(d, 0));
      tx.saveEnergyForecast(StoreFixtures.energy(d, 1));
      tx.savePriceForecast(StoreFixtures.prices(d, "gbm", 0));
      tx.saveSubmission(StoreFixtures.submission(d, 24, 0));
      tx.saveHeldOrders(d, StoreFixtures.held(d, 24, 0));
      tx.saveClearingPrices(StoreFixtures.hourPrices(d, 0));
      tx.saveImbalancePrices(StoreFixtures.hourPrices(d, 1));
      tx.saveSettlements(d, StoreFixtures.settlements(d, 0));
      var run = tx.run(d).orElseThrow();
      tx.saveRun(run.finished(run.started().plusSeconds(60), RunStatus.SUCCEEDED));
    });
  }

  private static void readDay(ConvergenceStore store, MarketDay d) {
    store.run(d).orElseThrow();
    store.weatherForecast(d).orElseThrow();
    store.energyForecast(d).orElseThrow();
    store.priceForecast(d).orElseThrow();
    store.submission(d).orElseThrow();
    store.heldOrders(d);
    store.clearingPrices(d, d);
    store.imbalancePrices(d, d);
    store.settlements(d, d);
  }

  private static void measure(String what, Consumer<Integer> op) {
    for (int i = 0; i < WARMUP; i++) {
      op.accept(i);
    }
    double[] ms = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long t0 = System.nanoTime();
      op.accept(i);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("%-110s median %7.1f ms, p90 %7.1f ms%n", what, ms[ROUNDS / 2], ms[(int) (ROUNDS * 0.9)]);
  }
}
