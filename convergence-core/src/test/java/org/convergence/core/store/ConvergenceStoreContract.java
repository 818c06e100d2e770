package org.convergence.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convergence.core.store.StoreFixtures.DAY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.OrderSet;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ConvergenceStore} must have. An implementation's test extends this class and supplies
 * an empty store per test (PowSyBl style: the contract ships in core's test-jar).
 */
public abstract class ConvergenceStoreContract {
  protected ConvergenceStore store;

  /** A store with no data in it; called before every test. */
  protected abstract ConvergenceStore emptyStore();

  @BeforeEach
  void openStore() {
    store = emptyStore();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  private static final MarketDay NEXT = DAY.next();

  @Test
  void anEmptyStoreReturnsNothingAndNeverThrows() {
    assertThat(store.run(DAY)).isEmpty();
    assertThat(store.runs(DAY, NEXT)).isEmpty();
    assertThat(store.weatherForecast(DAY)).isEmpty();
    assertThat(store.energyForecast(DAY)).isEmpty();
    assertThat(store.priceForecast(DAY)).isEmpty();
    assertThat(store.submission(DAY)).isEmpty();
    assertThat(store.heldOrders(DAY)).isEmpty();
    assertThat(store.clearingPrices(DAY, NEXT)).isEmpty();
    assertThat(store.imbalancePrices(DAY, NEXT)).isEmpty();
    assertThat(store.siteReadings(DAY.deliveryStart(), DAY.deliveryEnd())).isEmpty();
    assertThat(store.settlements(DAY, NEXT)).isEmpty();
    assertThat(store.settlementRecord(DAY)).isEmpty();
    assertThat(store.settlementRecords(DAY, NEXT)).isEmpty();
    assertThat(store.tradedDays()).isEmpty();
    assertThat(store.models()).isEmpty();
    assertThat(store.model("none")).isEmpty();
    assertThat(store.champion()).isEmpty();
  }

  // ---- runs

  @Test
  void runRoundTripsAndReplacesPerDay() {
    RunRecord first = StoreFixtures.run(DAY, 0);
    store.saveRun(first);
    assertThat(store.run(DAY)).contains(first);

    RunRecord second = StoreFixtures.run(DAY, 1);
    store.saveRun(second);
    store.saveRun(StoreFixtures.run(NEXT, 0));
    assertThat(store.run(DAY)).contains(second);
    assertThat(store.runs(DAY, NEXT)).containsExactly(second, StoreFixtures.run(NEXT, 0));
    assertThat(store.runs(NEXT, NEXT)).hasSize(1);
  }

  @Test
  void runningAndFailedRunsRoundTrip() {
    RunRecord running = RunRecord.started(DAY, Instant.parse("2026-11-27T06:00:00.000001Z"));
    store.saveRun(running);
    assertThat(store.run(DAY)).contains(running);

    RunRecord failed = running.withSourcesUsed(List.of("replay")).failed(
        Instant.parse("2026-11-27T06:00:05Z"), "exchange: HTTP 503 from 127.0.0.1");
    store.saveRun(failed);
    assertThat(store.run(DAY)).contains(failed);
  }

  // ---- forecasts

  @Test
  void weatherForecastRoundTripsWithMissingValuesAndReplaces() {
    store.saveWeatherForecast(DAY, StoreFixtures.weather(DAY, 0));
    assertThat(store.weatherForecast(DAY)).contains(StoreFixtures.weather(DAY, 0));
    store.saveWeatherForecast(DAY, StoreFixtures.weather(DAY, 1));
    assertThat(store.weatherForecast(DAY)).contains(StoreFixtures.weather(DAY, 1));
    assertThat(store.weatherForecast(NEXT)).isEmpty();
  }

  @Test
  void energyForecastRoundTripsAndReplaces() {
    store.saveEnergyForecast(StoreFixtures.energy(DAY, 1));
    assertThat(store.energyForecast(DAY)).contains(StoreFixtures.energy(DAY, 1));
    store.saveEnergyForecast(StoreFixtures.energy(DAY, 0));
    assertThat(store.energyForecast(DAY)).contains(StoreFixtures.energy(DAY, 0));
  }

  @Test
  void priceForecastRoundTripsAndReplacesQuantiles() {
    store.savePriceForecast(StoreFixtures.prices(DAY, "gbm-2026-11-01", 0));
    store.savePriceForecast(StoreFixtures.prices(NEXT, "gbm-2026-11-01", 0));
    assertThat(store.priceForecast(DAY)).contains(StoreFixtures.prices(DAY, "gbm-2026-11-01", 0));

    store.savePriceForecast(StoreFixtures.prices(DAY, "gbm-2026-11-20", 1));
    assertThat(store.priceForecast(DAY)).contains(StoreFixtures.prices(DAY, "gbm-2026-11-20", 1));
    assertThat(store.priceForecast(NEXT)).contains(StoreFixtures.prices(NEXT, "gbm-2026-11-01", 0));
  }

  // ---- orders

  @Test
  void submissionRoundTripsAndAResubmissionReplacesEveryOrder() {
    store.saveSubmission(StoreFixtures.submission(DAY, 24, 0));
    assertThat(store.submission(DAY)).contains(StoreFixtures.submission(DAY, 24, 0));

    OrderSubmission fewer = StoreFixtures.submission(DAY, 5, 1);
    store.saveSubmission(fewer);
    assertThat(store.submission(DAY)).contains(fewer);
    assertThat(store.submission(DAY).orElseThrow().orders().size()).isEqualTo(5);
  }

  @Test
  void anEmptySubmissionRoundTrips() {
    OrderSubmission none = new OrderSubmission(OrderSet.empty(DAY), Instant.parse("2026-11-27T08:00:00Z"),
        new SubmissionReceipt(0, "nothing to submit"));
    store.saveSubmission(none);
    assertThat(store.submission(DAY)).contains(none);
  }

  @Test
  void heldOrdersRoundTripWithUnknownFilledAndFilledOutcomes() {
    store.saveHeldOrders(DAY, StoreFixtures.held(DAY, 24, 0));
    assertThat(store.heldOrders(DAY)).isEqualTo(StoreFixtures.held(DAY, 24, 0));
    store.saveHeldOrders(DAY, StoreFixtures.held(DAY, 3, 1));
    assertThat(store.heldOrders(DAY)).isEqualTo(StoreFixtures.held(DAY, 3, 1));
  }

  @Test
  void heldOrdersOfAnotherDayAreRejectedAndNothingIsWritten() {
    store.saveHeldOrders(DAY, StoreFixtures.held(DAY, 2, 0));
    assertThatThrownBy(() -> store.saveHeldOrders(DAY, StoreFixtures.held(NEXT, 2, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(NEXT.toString())
        .hasMessageContaining(DAY.toString());
    assertThat(store.heldOrders(DAY)).isEqualTo(StoreFixtures.held(DAY, 2, 0));
  }

  // ---- market data

  @Test
  void clearingAndImbalancePricesRoundTripAndReplacePerHour() {
    store.saveClearingPrices(StoreFixtures.hourPrices(DAY, 0));
    store.saveClearingPrices(StoreFixtures.hourPrices(NEXT, 0));
    store.saveImbalancePrices(StoreFixtures.hourPrices(DAY, 7));
    assertThat(store.clearingPrices(DAY, DAY)).isEqualTo(StoreFixtures.hourPrices(DAY, 0));
    assertThat(store.imbalancePrices(DAY, NEXT)).isEqualTo(StoreFixtures.hourPrices(DAY, 7));

    store.saveClearingPrices(StoreFixtures.hourPrices(DAY, 1));
    List<HourPrice> both = store.clearingPrices(DAY.previous(), NEXT.next());
    assertThat(both).hasSize(48);
    assertThat(both.subList(0, 24)).isEqualTo(StoreFixtures.hourPrices(DAY, 1));
    assertThat(both.subList(24, 48)).isEqualTo(StoreFixtures.hourPrices(NEXT, 0));
  }

  @Test
  void pricesListingAnHourTwiceAreRejected() {
    List<HourPrice> twice = List.of(StoreFixtures.hourPrices(DAY, 0).get(3), StoreFixtures.hourPrices(DAY, 1).get(3));
    assertThatThrownBy(() -> store.saveClearingPrices(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hour 4");
    assertThat(store.clearingPrices(DAY, DAY)).isEmpty();
  }

  // ---- site readings

  @Test
  void siteReadingsRoundTripWithMissingValuesAndReplacePerTime() {
    Instant start = Instant.parse("2026-11-27T12:00:00Z");
    store.saveSiteReadings(StoreFixtures.readings(start, 0));
    List<SiteReading> all = store.siteReadings(start, start.plusSeconds(3600));
    assertThat(all).isEqualTo(StoreFixtures.readings(start, 0));
    assertThat(all.get(0).officeTemperatureC()).isNaN();

    store.saveSiteReadings(StoreFixtures.readings(start.plusSeconds(300), 1));
    List<SiteReading> merged = store.siteReadings(start, start.plusSeconds(3600));
    assertThat(merged).hasSize(30);
    assertThat(merged.subList(10, 30)).isEqualTo(StoreFixtures.readings(start.plusSeconds(300), 1));
  }

  @Test
  void siteReadingRangeIsHalfOpen() {
    Instant start = Instant.parse("2026-11-27T12:00:00Z");
    store.saveSiteReadings(StoreFixtures.readings(start, 0));
    Instant third = StoreFixtures.readings(start, 0).get(2).time();
    assertThat(store.siteReadings(start, third)).hasSize(2);
    assertThat(store.siteReadings(third, third)).isEmpty();
  }

  // ---- settlements

  @Test
  void settlementsRoundTripAndReplacePerDay() {
    store.saveSettlements(DAY, StoreFixtures.settlements(DAY, 0));
    store.saveSettlements(NEXT, StoreFixtures.settlements(NEXT, 0));
    assertThat(store.settlements(DAY, DAY)).isEqualTo(StoreFixtures.settlements(DAY, 0));

    List<HourSettlement> partial = StoreFixtures.settlements(DAY, 1).subList(0, 10);
    store.saveSettlements(DAY, partial);
    List<HourSettlement> both = store.settlements(DAY, NEXT);
    assertThat(both).hasSize(34);
    assertThat(both.subList(0, 10)).isEqualTo(partial);
    assertThat(both.get(3).pnlGbp()).isEqualTo(partial.get(3).pnlGbp());
  }

  @Test
  void aSettledRecordRoundTripsWithItsHoursSourcesAndWarnings() {
    SettlementRecord r = StoreFixtures.settledRecord(DAY, 1);
    store.saveSettlementRecord(r);
    store.saveSettlementRecord(StoreFixtures.settledRecord(NEXT, 0));

    assertThat(store.settlementRecord(DAY)).contains(r);
    assertThat(store.settlementRecords(DAY, NEXT)).containsExactly(r, StoreFixtures.settledRecord(NEXT, 0));
    assertThat(store.settlements(DAY, DAY)).isEqualTo(StoreFixtures.settlements(DAY, 1));
    assertThat(store.settlementRecord(DAY).orElseThrow().hours().get(3).fillMismatch()).isTrue();
  }

  @Test
  void settlingAgainKeepsOneRowPerHourReplaced() {
    store.saveSettlementRecord(StoreFixtures.settledRecord(DAY, 0));
    SettlementRecord again = StoreFixtures.settledRecord(DAY, 2);
    store.saveSettlementRecord(again);

    assertThat(store.settlementRecord(DAY)).contains(again);
    assertThat(store.settlements(DAY, DAY)).hasSize(24).isEqualTo(StoreFixtures.settlements(DAY, 2));
  }

  @Test
  void aPendingRecordRoundTripsAndLeavesASettledDaysHoursAlone() {
    SettlementRecord pending = SettlementRecord.pending(DAY, "no metered energy for " + DAY,
        List.of("a warning"), Instant.parse("2026-11-28T10:00:00.000001Z"));
    store.saveSettlementRecord(pending);
    assertThat(store.settlementRecord(DAY)).contains(pending);
    assertThat(store.settlements(DAY, DAY)).isEmpty();

    store.saveSettlementRecord(StoreFixtures.settledRecord(NEXT, 0));
    SettlementRecord nextPending = SettlementRecord.pending(NEXT, "prices incomplete", List.of(),
        Instant.parse("2026-11-29T10:00:00Z"));
    store.saveSettlementRecord(nextPending);
    assertThat(store.settlementRecord(NEXT)).contains(nextPending);
    assertThat(store.settlements(NEXT, NEXT)).isEqualTo(StoreFixtures.settlements(NEXT, 0));
  }

  @Test
  void tradedDaysAreTheDaysWithASubmissionOrHeldOrders() {
    MarketDay later = NEXT.next().next();
    store.saveSubmission(StoreFixtures.submission(later, 3, 0));
    store.saveHeldOrders(DAY, StoreFixtures.held(DAY, 24, 0));
    store.saveHeldOrders(NEXT, List.of());

    assertThat(store.tradedDays()).containsExactly(DAY, later);
  }

  @Test
  void settlementsOfAnotherDayAreRejected() {
    assertThatThrownBy(() -> store.saveSettlements(DAY, StoreFixtures.settlements(NEXT, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be stored under market day " + DAY);
    assertThat(store.settlements(DAY, NEXT)).isEmpty();
  }

  // ---- models

  @Test
  void modelRegistryRoundTripsAndKeepsOneChampion() {
    ModelRecord a = StoreFixtures.model("gbm-a", Instant.parse("2026-10-01T02:00:00Z"), false);
    ModelRecord b = StoreFixtures.model("gbm-b", Instant.parse("2026-11-01T02:00:00.5Z"), true);
    ModelRecord c = StoreFixtures.model("gbm-c", Instant.parse("2026-11-15T02:00:00Z"), false);
    store.register(c);
    store.register(a);
    store.register(b);
    assertThat(store.models()).containsExactly(a, b, c);
    assertThat(store.model("gbm-b")).contains(b);
    assertThat(store.champion()).contains(b);

    store.promote("gbm-c");
    assertThat(store.champion()).contains(c.asChampion(true));
    assertThat(store.model("gbm-b")).contains(b.asChampion(false));

    store.register(a.asChampion(true));
    assertThat(store.models()).containsExactly(a.asChampion(true), b.asChampion(false), c);
  }

  @Test
  void reRegisteringAModelReplacesItsMetrics() {
    ModelRecord a = StoreFixtures.model("gbm-a", Instant.parse("2026-10-01T02:00:00Z"), false);
    store.register(a);
    ModelRecord retrained = new ModelRecord("gbm-a", a.created(), a.trainedFrom(), a.trainedTo(),
        java.util.Map.of("mae_gbp_per_mwh", 7.5), "gs://bucket/models/gbm-a.bin", false);
    store.register(retrained);
    assertThat(store.models()).containsExactly(retrained);
  }

  @Test
  void promotingAnUnknownModelNamesIt() {
    assertThatThrownBy(() -> store.promote("no-such-model"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-model");
  }

  // ---- transactions and run steps

  @Test
  void aTransactionCommitsAllItsWrites() {
    store.inTransaction(tx -> {
      tx.saveEnergyForecast(StoreFixtures.energy(DAY, 0));
      tx.savePriceForecast(StoreFixtures.prices(DAY, "m", 0));
      assertThat(tx.energyForecast(DAY)).isPresent();
    });
    assertThat(store.energyForecast(DAY)).isPresent();
    assertThat(store.priceForecast(DAY)).isPresent();
    String modelId = store.callInTransaction(tx -> tx.priceForecast(DAY).orElseThrow().modelId());
    assertThat(modelId).isEqualTo("m");
  }

  @Test
  void aTransactionThatThrowsWritesNothing() {
    store.saveEnergyForecast(StoreFixtures.energy(DAY, 0));
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> store.inTransaction(tx -> {
      tx.saveEnergyForecast(StoreFixtures.energy(DAY, 1));
      tx.saveClearingPrices(StoreFixtures.hourPrices(DAY, 0));
      throw boom;
    })).isSameAs(boom);
    assertThat(store.energyForecast(DAY)).contains(StoreFixtures.energy(DAY, 0));
    assertThat(store.clearingPrices(DAY, DAY)).isEmpty();
  }

  @Test
  void aRunStepCommitsItsWrites() {
    store.saveRun(RunRecord.started(DAY, Instant.parse("2026-11-27T06:00:00Z")));
    store.runStep(DAY, "submit", tx -> {
      tx.saveSubmission(StoreFixtures.submission(DAY, 24, 0));
      tx.saveHeldOrders(DAY, StoreFixtures.held(DAY, 24, 0));
    });
    assertThat(store.submission(DAY)).isPresent();
    assertThat(store.heldOrders(DAY)).hasSize(24);
    assertThat(store.run(DAY).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
  }

  @Test
  void aStepThatFailsMidwayIsRolledBackAndTheRunRecordsTheError() {
    RunRecord started = RunRecord.started(DAY, Instant.parse("2026-11-27T06:00:00Z"))
        .withSourcesUsed(List.of("open-meteo"));
    store.saveRun(started);
    store.saveClearingPrices(StoreFixtures.hourPrices(DAY, 0));

    assertThatThrownBy(() -> store.runStep(DAY, "settle", tx -> {
      tx.saveClearingPrices(StoreFixtures.hourPrices(DAY, 5));
      tx.saveSettlements(DAY, StoreFixtures.settlements(DAY, 0));
      tx.saveSettlements(DAY, StoreFixtures.settlements(NEXT, 0)); // wrong day: fails mid-step
    })).isInstanceOf(IllegalArgumentException.class);

    assertThat(store.clearingPrices(DAY, DAY)).isEqualTo(StoreFixtures.hourPrices(DAY, 0));
    assertThat(store.settlements(DAY, DAY)).isEmpty();
    RunRecord run = store.run(DAY).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error().orElseThrow())
        .contains("step 'settle' failed")
        .contains("IllegalArgumentException")
        .contains("cannot be stored under market day " + DAY);
    assertThat(run.finished()).isPresent();
    assertThat(run.started()).isEqualTo(started.started());
    assertThat(run.sourcesUsed()).containsExactly("open-meteo");
  }

  @Test
  void aFailedStepWithoutARunRowCreatesOne() {
    assertThatThrownBy(() -> store.runStep(DAY, "forecast", tx -> {
      tx.saveEnergyForecast(StoreFixtures.energy(DAY, 0));
      throw new IllegalStateException("weather source down");
    })).hasMessage("weather source down");
    assertThat(store.energyForecast(DAY)).isEmpty();
    assertThat(store.run(DAY)).hasValueSatisfying(r -> {
      assertThat(r.status()).isEqualTo(RunStatus.FAILED);
      assertThat(r.error().orElseThrow()).contains("weather source down");
    });
  }

  @Test
  void heldOrderOutcomesSurviveAsOptional() {
    store.saveHeldOrders(DAY, StoreFixtures.held(DAY, 3, 0));
    assertThat(store.heldOrders(DAY)).extracting(h -> h.filled())
        .containsExactly(Optional.of(true), Optional.of(false), Optional.empty());
  }

  // ---- day locks

  private static final Instant T0 = Instant.parse("2026-11-27T08:30:00.000001Z");
  private static final java.time.Duration TTL = java.time.Duration.ofMinutes(20);

  @Test
  void aFreeDayLockIsTakenAndAnotherHolderIsRefusedUntilItExpires() {
    assertThat(store.dayLock(DAY, "run")).isEmpty();
    DayLock a = store.tryLock(DAY, "run", "daemon a", T0, TTL).orElseThrow();
    assertThat(a).isEqualTo(new DayLock(DAY, "run", "daemon a", T0, T0.plus(TTL)));
    assertThat(store.dayLock(DAY, "run")).contains(a);

    assertThat(store.tryLock(DAY, "run", "run b", T0.plusSeconds(60), TTL)).isEmpty();
    assertThat(store.tryLock(DAY, "run", "run b", T0.plus(TTL).minusNanos(1000), TTL)).isEmpty();
    assertThat(store.dayLock(DAY, "run")).contains(a);
    // other jobs and other days are not affected
    assertThat(store.tryLock(DAY, "settle", "run b", T0, TTL)).isPresent();
    assertThat(store.tryLock(NEXT, "run", "run b", T0, TTL)).isPresent();

    // expired: a crashed holder blocks the day only until then
    DayLock b = store.tryLock(DAY, "run", "run b", T0.plus(TTL), TTL).orElseThrow();
    assertThat(b.holder()).isEqualTo("run b");
    assertThat(store.dayLock(DAY, "run")).contains(b);
  }

  @Test
  void theHolderRenewsItsLockAndUnlockReleasesOnlyItsOwn() {
    DayLock a = store.tryLock(DAY, "run", "daemon a", T0, TTL).orElseThrow();
    DayLock renewed = store.tryLock(DAY, "run", "daemon a", T0.plusSeconds(300), TTL).orElseThrow();
    assertThat(renewed.expiresAt()).isEqualTo(T0.plusSeconds(300).plus(TTL));

    // a stale handle of someone whose lock was taken over releases nothing
    DayLock stranger = new DayLock(DAY, "run", "run b", T0, T0.plus(TTL));
    store.unlock(stranger);
    assertThat(store.dayLock(DAY, "run")).contains(renewed);

    store.unlock(a);
    assertThat(store.dayLock(DAY, "run")).isEmpty();
    assertThat(store.tryLock(DAY, "run", "run b", T0.plusSeconds(301), TTL)).isPresent();
  }

  @Test
  void ofConcurrentRunnersExactlyOneGetsTheLock() throws Exception {
    int runners = 8;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(runners);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Optional<DayLock>>> tries = new java.util.ArrayList<>();
      for (int i = 0; i < runners; i++) {
        String holder = "runner " + i;
        tries.add(pool.submit(() -> {
          start.await();
          return store.tryLock(DAY, "run", holder, T0, TTL);
        }));
      }
      start.countDown();
      List<DayLock> taken = new java.util.ArrayList<>();
      for (var f : tries) {
        f.get(30, java.util.concurrent.TimeUnit.SECONDS).ifPresent(taken::add);
      }
      assertThat(taken).hasSize(1);
      assertThat(store.dayLock(DAY, "run")).contains(taken.get(0));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoRunnersNeverRunTheSameDayAtOnce() throws Exception {
    java.time.Clock clock = java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC);
    DayLocking daemon = new DayLocking(store, clock, TTL, "daemon");
    DayLocking manual = new DayLocking(store, clock, TTL, "run");
    java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      var first = pool.submit(() -> daemon.call(DAY, DayLocking.RUN, () -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        inside.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        running.decrementAndGet();
        return "daemon ran";
      }));
      assertThat(inside.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> manual.call(DAY, DayLocking.RUN, () -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        return "manual ran";
      })).isInstanceOf(DayLockedException.class)
          .hasMessageStartingWith("the run of " + DAY + " is already in progress elsewhere (daemon pid ");
      release.countDown();
      assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("daemon ran");
      assertThat(most.get()).isEqualTo(1);
      // released: the manual run may now run the day, and a failing job releases its lock too
      assertThat(manual.<String>call(DAY, DayLocking.RUN, () -> "manual ran")).isEqualTo("manual ran");
      assertThatThrownBy(() -> manual.call(DAY, DayLocking.RUN, () -> {
        throw new IllegalStateException("boom");
      })).hasMessage("boom");
      assertThat(store.dayLock(DAY, DayLocking.RUN)).isEmpty();
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }
}
