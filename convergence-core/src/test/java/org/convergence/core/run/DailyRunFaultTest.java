package org.convergence.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.convergence.core.carbon.CarbonIntensity;
import org.convergence.core.dashboard.DashboardDay;
import org.convergence.core.dashboard.DashboardIndex;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.dashboard.InMemoryDashboardPublisher;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.OrderSet;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.store.ConvergenceStore;
import org.convergence.core.store.InMemoryStore;
import org.convergence.core.store.RunRecord;
import org.convergence.core.store.RunStatus;
import org.convergence.core.store.StoreException;
import org.convergence.core.strategy.HedgeStrategy;
import org.convergence.core.testkit.FakeExchange;
import org.convergence.core.testkit.SyntheticSite;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/**
 * A trade's outcome is never misreported: faults injected into the store (a full disk, a database that dies), the
 * dashboard and the exchange while a daily run trades. The stored row, the report and the failure's message must
 * each say what the exchange holds.
 */
class DailyRunFaultTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 20);
  static final Instant NOW = DAY.gateClosure().minus(Duration.ofHours(2));
  final SyntheticSite site = SyntheticSite.of(DAY.minusDays(20), DAY.plusDays(2));
  final InMemoryStore database = new InMemoryStore();
  final FakeExchange exchange = new FakeExchange(Clock.fixed(NOW, ZoneOffset.UTC));

  /**
   * The database behind a switch: once {@code failing} is set, every call the {@code affected} predicate picks
   * (by method name and first argument) throws as a database would.
   */
  static final class FaultyStore {
    final AtomicBoolean failing = new AtomicBoolean();
    final ConvergenceStore store;

    FaultyStore(ConvergenceStore real, String error, Predicate<java.lang.reflect.Method> affected,
        Predicate<Object[]> trigger) {
      store = (ConvergenceStore) Proxy.newProxyInstance(ConvergenceStore.class.getClassLoader(),
          new Class<?>[] {ConvergenceStore.class}, (proxy, method, args) -> {
            if (!failing.get() && trigger.test(new Object[] {method.getName(), args})) {
              failing.set(true);
            }
            if (failing.get() && affected.test(method)) {
              throw new StoreException(error, new java.io.UncheckedIOException(new java.io.IOException(error)));
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }

  private static Predicate<Object[]> onStep(String step) {
    return call -> call[0].equals("runStep") && ((Object[]) call[1])[1].equals(step);
  }

  private static boolean writes(java.lang.reflect.Method m) {
    return m.getName().startsWith("save") || m.getName().equals("runStep") || m.getName().endsWith("Transaction");
  }

  DailyRun run(ConvergenceStore store, Exchange ex, DashboardPublisher dashboard) {
    return DailyRun.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).weather(site.chain()).energy(site)
        .forecaster(site).history(site).exchange(ex, "fake").grid(new GridConnection(1, 1))
        .strategy(new HedgeStrategy()).forecastErrors(ForecastErrors.recomputed(site, site, site, 14))
        .carbon(i -> DAY.halfHours().stream().map(h -> new CarbonIntensity(h, 200, Double.NaN, "")).toList())
        .store(store, r -> "{\"day\":\"" + r.day() + "\"}")
        .dashboard(dashboard, "test site", new GeoLocation(52.1051, -3.668, 250)).build();
  }

  @Test
  void aDiskThatFillsAfterTheTradeIsAnErrorInTheReportNotAVerifiedSuccess() {
    // the disk fills once the orders are sent: the submission, the held orders and the run row cannot be written
    FaultyStore disk = new FaultyStore(database, "No space left on device", DailyRunFaultTest::writes,
        onStep("submit"));

    RunReport r = run(disk.store, exchange, new InMemoryDashboardPublisher("test site")).run(DAY);

    assertThat(r.outcome()).isEqualTo(RunOutcome.SUBMITTED);
    assertThat(r.verified()).as("the exchange does hold the plan").isTrue();
    assertThat(exchange.heldOrders(DAY)).hasSize(24);
    assertThat(r.errors()).as("the run failed to record what it did").isNotEmpty()
        .anyMatch(e -> e.startsWith("storing the submission failed") && e.contains("No space left on device"))
        .anyMatch(e -> e.startsWith("storing the run failed") && e.contains("stays RUNNING until the next run"));
    assertThat(r.errors()).allMatch(e -> !e.contains("\n"));
    assertThat(database.run(DAY).orElseThrow().status()).as("what the full disk kept").isEqualTo(RunStatus.RUNNING);
  }

  @Test
  void theNextRunAfterTheDiskIsFreedMarksTheRowTraded() {
    FaultyStore disk = new FaultyStore(database, "No space left on device", DailyRunFaultTest::writes,
        onStep("submit"));
    run(disk.store, exchange, new InMemoryDashboardPublisher("test site")).run(DAY);

    RunReport again = run(database, exchange, new InMemoryDashboardPublisher("test site")).run(DAY);

    assertThat(again.outcome()).isEqualTo(RunOutcome.UNCHANGED);
    assertThat(again.errors()).isEmpty();
    assertThat(exchange.submissions).as("nothing sent twice").isEqualTo(1);
    RunRecord row = database.run(DAY).orElseThrow();
    assertThat(row.status()).isIn(RunStatus.SUCCEEDED, RunStatus.DEGRADED);
    assertThat(database.heldOrders(DAY)).hasSize(24);
  }

  @Test
  void anExchangeThatRejectsEveryOrderIsTradedButNotVerified() {
    // the exchange's gate has closed although ours says open: it accepts none of the 24
    FakeExchange closed = new FakeExchange(Clock.fixed(DAY.gateClosure(), ZoneOffset.UTC));

    RunReport r = run(database, closed, new InMemoryDashboardPublisher("test site")).run(DAY);

    assertThat(r.outcome()).isEqualTo(RunOutcome.SUBMITTED);
    assertThat(r.receipt().orElseThrow().accepted()).isZero();
    assertThat(r.tradedButNotVerified()).isTrue();
    assertThat(database.run(DAY).orElseThrow().status()).isEqualTo(RunStatus.DEGRADED);
    assertThat(database.run(DAY).orElseThrow().warnings()).anyMatch(w -> w.contains("does not hold the plan"));
  }

  @Test
  void aDashboardThatCannotBePublishedLeavesTheRunTradedAndSaysWhyInOneLine() {
    DashboardPublisher full = new DashboardPublisher() {
      @Override
      public void publish(DashboardDay day) {
        throw new UncheckedIOException("could not write dashboard/2022-03-20.json",
            new java.io.IOException("No space left on device"));
      }

      @Override
      public void publishFailedRun(org.convergence.core.dashboard.FailedRun failure) {
        throw new UncheckedIOException("could not write dashboard/index.json",
            new java.io.IOException("No space left on device"));
      }

      @Override
      public void publishBacktest(org.convergence.core.dashboard.DashboardBacktest backtest) {
        throw new UncheckedIOException("could not write dashboard/backtest.json",
            new java.io.IOException("No space left on device"));
      }

      @Override
      public DashboardIndex index() {
        return DashboardIndex.empty("test site");
      }
    };

    RunReport r = run(database, exchange, full).run(DAY);

    assertThat(r.outcome()).isEqualTo(RunOutcome.SUBMITTED);
    assertThat(r.verified()).isTrue();
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e)
        .startsWith("publishing the dashboard failed: UncheckedIOException: could not write dashboard/2022-03-20.json")
        .doesNotContain("\n").doesNotContain("\tat "));
    RunRecord row = database.run(DAY).orElseThrow();
    assertThat(row.status()).as("stored as traded, not FAILED").isEqualTo(RunStatus.DEGRADED);
    assertThat(row.warnings()).anyMatch(w -> w.startsWith("error: publishing the dashboard failed"));
    assertThat(database.heldOrders(DAY)).hasSize(24);
  }

  @Test
  void aDatabaseThatDiesMidRunIsReportedWithTheOrdersAlreadyPlaced() {
    // the database dies as the submission is stored; then the exchange cannot be read back either
    FaultyStore dead = new FaultyStore(database, "Communications link failure", m -> true, onStep("submit"));
    AtomicBoolean submitted = new AtomicBoolean();
    Exchange flaky = new Exchange() {
      @Override
      public SubmissionReceipt submit(OrderSet orders) {
        submitted.set(true);
        return exchange.submit(orders);
      }

      @Override
      public List<HeldOrder> heldOrders(MarketDay day) {
        if (submitted.get()) {
          throw new ExchangeException("GET /auction/bidding/get: failed after 4 attempts (last: HTTP 503)");
        }
        return exchange.heldOrders(day);
      }

      @Override
      public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
        return exchange.clearingPrices(from, to);
      }

      @Override
      public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
        return exchange.imbalancePrices(from, to);
      }
    };

    DailyRun run = run(dead.store, flaky, new InMemoryDashboardPublisher("test site"));

    assertThatThrownBy(() -> run.run(DAY)).isInstanceOf(TradedRunException.class)
        .hasMessageStartingWith("24 orders were already sent to the exchange for 2022-03-20 (accepted 24)")
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("the run row for 2022-03-20 could not be marked failed")
        .hasMessageContaining("stays RUNNING until the next run for 2022-03-20 replaces it")
        .hasMessageNotContaining("\n");
    assertThat(exchange.heldOrders(DAY)).hasSize(24);

    // the database returns: the next run finds the plan at the exchange and replaces the RUNNING row
    RunReport again = run(database, exchange, new InMemoryDashboardPublisher("test site")).run(DAY);
    assertThat(again.outcome()).isEqualTo(RunOutcome.UNCHANGED);
    assertThat(database.run(DAY).orElseThrow().status()).isIn(RunStatus.SUCCEEDED, RunStatus.DEGRADED);
  }

  @Test
  void aFailureAfterTheTradeWithTheDatabaseUpMarksTheRowFailedWithTheOrdersPlaced() {
    Exchange unreadable = new Exchange() {
      private boolean sent;

      @Override
      public SubmissionReceipt submit(OrderSet orders) {
        sent = true;
        return exchange.submit(orders);
      }

      @Override
      public List<HeldOrder> heldOrders(MarketDay day) {
        if (sent) {
          throw new ExchangeException("GET /auction/bidding/get: HTTP 502");
        }
        return exchange.heldOrders(day);
      }

      @Override
      public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
        return List.of();
      }

      @Override
      public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
        return List.of();
      }
    };

    InMemoryDashboardPublisher dashboard = new InMemoryDashboardPublisher("test site");
    assertThatThrownBy(() -> run(database, unreadable, dashboard).run(DAY))
        .isInstanceOf(TradedRunException.class).hasMessageContaining("24 orders were already sent");
    RunRecord row = database.run(DAY).orElseThrow();
    assertThat(row.status()).isEqualTo(RunStatus.FAILED);
    assertThat(row.error().orElseThrow()).contains("HTTP 502").contains("24 orders were already sent");
    // the run published no day, but the dashboard index says it failed, and why
    assertThat(dashboard.day(DAY)).isEmpty();
    assertThat(dashboard.index().latestFailure()).hasValueSatisfying(f -> {
      assertThat(f.day()).isEqualTo(DAY);
      assertThat(f.message()).contains("HTTP 502").contains("24 orders were already sent");
    });
  }
}
