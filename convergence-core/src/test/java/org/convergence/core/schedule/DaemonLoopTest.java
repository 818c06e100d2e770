package org.convergence.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.convergence.core.alert.AlertKind;
import org.convergence.core.alert.InMemoryAlerts;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.OrderSet;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.RunReport;
import org.convergence.core.energy.SiteMeter;
import org.convergence.core.settle.DailySettlement;
import org.convergence.core.settle.HeldOrderSource;
import org.convergence.core.store.DayLocking;
import org.convergence.core.store.InMemoryStore;
import org.convergence.core.strategy.HedgeStrategy;
import org.convergence.core.testkit.FakeExchange;
import org.convergence.core.testkit.SyntheticSite;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;
import org.convergence.core.time.SettableClock;
import org.junit.jupiter.api.Test;

/** The daemon's loop on the real daily run over a synthetic site, with a clock that sleeping moves forward. */
class DaemonLoopTest {
  static final Schedule SCHEDULE = new Schedule(new PlanningTime(LocalTime.of(8, 30)),
      Duration.ofMinutes(1), Duration.ofMinutes(8),
      Duration.ofHours(1), Duration.ofHours(2), 3, Duration.ofMinutes(15), Duration.ofHours(24));
  static final MarketDay FIRST = MarketDay.of(2022, 3, 20);

  final SyntheticSite site = SyntheticSite.of(FIRST.minusDays(20), FIRST.plusDays(5));
  final SettableClock clock = new SettableClock(Instant.parse("2022-03-19T08:00:00Z"));
  final InMemoryStore store = new InMemoryStore();
  final InMemoryAlerts alerts = new InMemoryAlerts();
  final List<String> log = Collections.synchronizedList(new ArrayList<>());
  final List<DaemonHealth> health = Collections.synchronizedList(new ArrayList<>());
  final FlakyExchange exchange = new FlakyExchange(new FakeExchange(clock));
  final List<MarketDay> settled = new ArrayList<>();

  /** An exchange that fails the first submission of the days listed. */
  static final class FlakyExchange implements Exchange {
    final Exchange delegate;
    final Set<MarketDay> failOnce = ConcurrentHashMap.newKeySet();

    FlakyExchange(Exchange delegate) {
      this.delegate = delegate;
    }

    @Override
    public SubmissionReceipt submit(OrderSet orders) {
      if (failOnce.remove(orders.day())) {
        throw new ExchangeException("exchange answered HTTP 503 (made to fail)");
      }
      return delegate.submit(orders);
    }

    @Override
    public List<HeldOrder> heldOrders(MarketDay day) {
      return delegate.heldOrders(day);
    }

    @Override
    public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
      return delegate.clearingPrices(from, to);
    }

    @Override
    public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
      return delegate.imbalancePrices(from, to);
    }
  }

  DailyRun dailyRun() {
    return DailyRun.builder().clock(clock).weather(site.chain()).energy(site).forecaster(site).history(site)
        .exchange(exchange, "flaky").grid(new GridConnection(1, 1)).strategy(new HedgeStrategy())
        .store(store, r -> "{}").build();
  }

  /** The real settlement job on the site's prices and readings and the orders the runs stored. */
  DaySettler settler() {
    DailySettlement job = DailySettlement.builder().clock(clock).grid(new GridConnection(1, 1)).store(store)
        .prices(site, "synthetic prices").orders(HeldOrderSource.stored(store))
        .meter(SiteMeter.of("synthetic readings", site, clock)).build();
    return day -> {
      SettleOutcome o = SettleOutcome.of(job.settle(day));
      if (o.settled()) {
        settled.add(day);
      }
      return o;
    };
  }

  DaemonLoop loop(Sleeper sleeper) {
    DailyRun run = dailyRun();
    return new DaemonLoop(new SchedulePolicy(SCHEDULE), clock, sleeper, store,
        new DayLocking(store, clock, Duration.ofMinutes(20), "daemon"), run::run, settler(), alerts, "test site",
        log::add, health::add);
  }

  final Sleeper virtual = until -> {
    if (until.isAfter(clock.instant())) {
      clock.set(until);
    }
  };

  @Test
  void threeDaysRunBeforeTheirGatesAreSettledAfterDeliveryAndOneTransientFailureIsOneAlert() {
    exchange.failOnce.add(FIRST.next());
    loop(virtual).run(Optional.of(Instant.parse("2022-03-23T00:30:00Z")));

    for (MarketDay d = FIRST; d.compareTo(FIRST.plusDays(2)) <= 0; d = d.next()) {
      List<HeldOrder> held = exchange.heldOrders(d);
      assertThat(held).as("held for %s", d).hasSize(24);
    }
    assertThat(settled).containsExactly(FIRST, FIRST.next(), FIRST.plusDays(2));
    assertThat(alerts.problems()).extracting(a -> a.kind() + " " + a.day().orElseThrow())
        .containsExactly("RUN_FAILED 2022-03-21");
    assertThat(alerts.sent()).filteredOn(a -> a.kind() == AlertKind.ALIVE).hasSize(4); // start + daily
    assertThat(log).anyMatch(l -> l.startsWith("2022-03-19T08:30:00Z run 2022-03-20 (attempt 1): SUBMITTED"));
    assertThat(log).anyMatch(l -> l.startsWith("2022-03-20T08:30:00Z run 2022-03-21 (attempt 1) failed: exchange"
        + " answered HTTP 503 (made to fail); retry at 2022-03-20T08:31:00Z [alert RUN_FAILED sent: memory]"));
    assertThat(log).anyMatch(l -> l.startsWith("2022-03-20T08:31:00Z run 2022-03-21 (attempt 2): SUBMITTED"));
    assertThat(log).anyMatch(l -> l.startsWith("2022-03-21T00:00:00Z settled 2022-03-20: P&L "));
    assertThat(log).noneMatch(l -> l.contains("gate missed"));
    // every run, settlement and alert is one line; idle lines only when what comes next changes
    assertThat(log.stream().filter(l -> l.contains(" run ")).count()).isEqualTo(5); // 03-20..03-23, one retry
    assertThat(health).isNotEmpty();
    DaemonHealth last = health.get(health.size() - 1);
    assertThat(last.staleAfter()).isAfter(last.updatedAt());
    assertThat(store.dayLock(FIRST, DayLocking.RUN)).isEmpty();
  }

  @Test
  void aRestartedDaemonSettlesTheDaysTradedBeforeAndDoesNotRunThemAgain() {
    loop(virtual).run(Optional.of(Instant.parse("2022-03-20T08:45:00Z"))); // trades 03-20 and 03-21, then "dies"
    assertThat(settled).isEmpty();
    int submissions = ((FakeExchange) exchange.delegate).submissions;
    assertThat(submissions).isEqualTo(2);

    clock.set(Instant.parse("2022-03-22T12:00:00Z")); // down for two days
    log.clear();
    loop(virtual).run(Optional.of(Instant.parse("2022-03-22T12:10:00Z")));
    assertThat(settled).containsExactly(FIRST, FIRST.next());
    assertThat(((FakeExchange) exchange.delegate).submissions).isEqualTo(submissions);
    // 03-22's gate passed while the daemon was down: no run, and no false "missed" alarm for the downtime
    assertThat(log).noneMatch(l -> l.contains(" run "));
    assertThat(alerts.problems()).isEmpty();
  }

  @Test
  void aDayLockedByAnotherRunnerIsNotRunAtTheSameTimeAndIsRetried() {
    store.tryLock(FIRST, DayLocking.RUN, "run pid 1 manual", Instant.parse("2022-03-19T08:29:00Z"),
        Duration.ofMinutes(2));
    loop(virtual).run(Optional.of(Instant.parse("2022-03-19T08:40:00Z")));
    assertThat(log).anyMatch(l -> l.startsWith("2022-03-19T08:30:00Z run 2022-03-20 (attempt 1): the run of"
        + " 2022-03-20 is already in progress elsewhere (run pid 1 manual"));
    // the lock expired at 08:31: the retry ran the day
    assertThat(log).anyMatch(l -> l.startsWith("2022-03-19T08:31:00Z run 2022-03-20 (attempt 2): SUBMITTED"));
    assertThat(alerts.problems()).isEmpty();
  }

  @Test
  void aFailingAlertChannelIsLoggedAndChangesNothingElse() {
    DailyRun run = dailyRun();
    exchange.failOnce.add(FIRST);
    DaemonLoop broken = new DaemonLoop(new SchedulePolicy(SCHEDULE), clock, virtual, store,
        new DayLocking(store, clock, Duration.ofMinutes(20), "daemon"), run::run, settler(),
        InMemoryAlerts.failing("webhook at https://hooks.example answered HTTP 500"), "test site", log::add,
        health::add);
    broken.run(Optional.of(Instant.parse("2022-03-19T08:45:00Z")));
    assertThat(log).anyMatch(l -> l.contains("run 2022-03-20 (attempt 1) failed") && l.endsWith(
        "[alert RUN_FAILED not delivered: webhook at https://hooks.example answered HTTP 500]"));
    assertThat(log).anyMatch(l -> l.startsWith("2022-03-19T08:31:00Z run 2022-03-20 (attempt 2): SUBMITTED"));
    assertThat(exchange.heldOrders(FIRST)).hasSize(24);
  }

  @Test
  void aDayNeverTradedBeforeItsGateIsOneMissedGateAlert() {
    exchange.failOnce.add(FIRST);
    DailyRun run = dailyRun();
    DaemonLoop alwaysFailing = new DaemonLoop(new SchedulePolicy(SCHEDULE), clock, virtual, store,
        new DayLocking(store, clock, Duration.ofMinutes(20), "daemon"), day -> {
          throw new ExchangeException("exchange unreachable");
        }, settler(), alerts, "test site", log::add, health::add);
    alwaysFailing.run(Optional.of(Instant.parse("2022-03-19T09:10:00Z")));
    assertThat(alerts.problems()).extracting(a -> a.kind() + " " + a.day().orElseThrow())
        .containsExactly("RUN_FAILED 2022-03-20", "GATE_MISSED 2022-03-20");
    assertThat(log).anyMatch(l -> l.startsWith("2022-03-19T08:53:00Z run 2022-03-20 (attempt 6) failed:"
        + " exchange unreachable; no retry before the gate at 2022-03-19T09:00:00Z"));
  }

  @Test
  void stopEndsASleepAtOnce() throws Exception {
    DaemonLoop daemon = loop(until -> Thread.sleep(Duration.ofHours(1).toMillis()));
    clock.set(Instant.parse("2022-03-19T06:00:00Z"));
    Thread t = new Thread(daemon::run);
    t.start();
    long waited = 0;
    while (health.isEmpty() && waited < 10_000) {
      Thread.sleep(10);
      waited += 10;
    }
    daemon.stop();
    t.join(10_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(log.get(log.size() - 1)).endsWith("daemon stopped");
  }

  @Test
  void aSettlementWarningIsAlertedOnItsLine() {
    DailyRun run = dailyRun();
    DaySettler warns = day -> new SettleOutcome(day, true, "P&L 1.00 GBP",
        List.of("hour 5: the exchange says filled, the fill rule on our prices says not; the exchange's flag counts"));
    DaemonLoop loop = new DaemonLoop(new SchedulePolicy(SCHEDULE), clock, virtual, store,
        new DayLocking(store, clock, Duration.ofMinutes(20), "daemon"), run::run, warns, alerts, "test site",
        log::add, health::add);
    loop.run(Optional.of(Instant.parse("2022-03-21T00:10:00Z")));
    assertThat(alerts.problems()).extracting(a -> a.kind() + " " + a.day().orElseThrow() + " " + a.text())
        .containsExactly("SETTLEMENT_WARNING 2022-03-20 hour 5: the exchange says filled, the fill rule on our"
            + " prices says not; the exchange's flag counts");
    assertThat(log).anyMatch(l -> l.startsWith("2022-03-21T00:00:00Z settled 2022-03-20: P&L 1.00 GBP [alert"
        + " SETTLEMENT_WARNING sent: memory]"));
  }
}
