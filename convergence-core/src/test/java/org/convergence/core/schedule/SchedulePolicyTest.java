package org.convergence.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.schedule.ScheduledAction.Heartbeat;
import org.convergence.core.schedule.ScheduledAction.Idle;
import org.convergence.core.schedule.ScheduledAction.ReportMissedGate;
import org.convergence.core.schedule.ScheduledAction.RunDay;
import org.convergence.core.schedule.ScheduledAction.SettleDay;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;
import org.junit.jupiter.api.Test;

class SchedulePolicyTest {
  static final Schedule SCHEDULE = new Schedule(new PlanningTime(LocalTime.of(8, 30)),
      Duration.ofMinutes(1), Duration.ofMinutes(8),
      Duration.ofHours(1), Duration.ofHours(2), 3, Duration.ofMinutes(15), Duration.ofHours(24));
  static final SchedulePolicy POLICY = new SchedulePolicy(SCHEDULE);
  static final MarketDay D = MarketDay.of(2022, 4, 29);

  static Instant t(String s) {
    return Instant.parse(s);
  }

  /** A daemon just started with its heartbeat sent, so only the day's work shows. */
  static ScheduleState quiet(Instant now) {
    return ScheduleState.startedAt(now).withHeartbeat(now);
  }

  @Test
  void beforeRunAtItIdlesUntilRunAtOnTheDayBefore() {
    Instant now = t("2022-04-28T08:00:00Z");
    assertThat(POLICY.next(now, quiet(now).update(D.previous(), DayProgress::withTraded)
        .update(D.previous(), DayProgress::withSettled)))
        .isEqualTo(new Idle(t("2022-04-28T08:15:00Z"), "nothing due (periodic wake-up)"));
    Instant later = t("2022-04-28T08:20:00Z");
    assertThat(POLICY.next(later, quiet(later)))
        .isEqualTo(new Idle(t("2022-04-28T08:30:00Z"), "run of " + D));
  }

  @Test
  void runsFromRunAtUpToJustBeforeTheGate() {
    assertThat(POLICY.next(t("2022-04-28T08:30:00Z"), quiet(t("2022-04-28T08:30:00Z"))))
        .isEqualTo(new RunDay(D, 1));
    Instant lastNano = t("2022-04-28T08:59:59.999999999Z");
    assertThat(POLICY.next(lastNano, quiet(lastNano))).isEqualTo(new RunDay(D, 1));
  }

  @Test
  void atTheGateTheDayIsMissedAndTheNextDayIsTheTarget() {
    Instant gate = D.gateClosure();
    ScheduleState upBefore = ScheduleState.startedAt(t("2022-04-28T08:00:00Z")).withHeartbeat(gate);
    assertThat(POLICY.next(gate, upBefore)).isEqualTo(new ReportMissedGate(D,
        "the gate closed at 2022-04-28T09:00:00Z without a completed run"));
    ScheduleState reported = upBefore.update(D, DayProgress::withMissReported);
    assertThat(POLICY.next(gate, reported)).isEqualTo(new Idle(t("2022-04-28T09:15:00Z"),
        "nothing due (periodic wake-up)"));
    // the next run is the day after's, at 08:30 the next morning
    Instant evening = t("2022-04-28T20:00:00Z");
    assertThat(POLICY.next(evening, reported.withHeartbeat(evening)))
        .isEqualTo(new Idle(t("2022-04-28T20:15:00Z"), "nothing due (periodic wake-up)"));
    Instant morning = t("2022-04-29T08:20:00Z");
    assertThat(POLICY.next(morning, reported.withHeartbeat(morning)))
        .isEqualTo(new Idle(t("2022-04-29T08:30:00Z"), "run of " + D.next()));
  }

  @Test
  void aTradedDayIsNotRunAgain() {
    Instant now = t("2022-04-28T08:31:00Z");
    ScheduleState s = quiet(now).update(D, DayProgress::withTraded);
    assertThat(POLICY.next(now, s)).isInstanceOf(Idle.class);
  }

  @Test
  void failuresBackOffDoublingUpToTheCapAndNoAttemptStartsAtTheGate() {
    assertThat(SCHEDULE.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(SCHEDULE.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(SCHEDULE.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(SCHEDULE.backoffAfter(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(SCHEDULE.backoffAfter(40)).isEqualTo(Duration.ofMinutes(8));

    // simulate: every attempt fails at once
    Instant now = t("2022-04-28T08:30:00Z");
    ScheduleState s = quiet(now);
    List<Instant> attempts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ScheduledAction a = POLICY.next(now, s.withHeartbeat(now));
      if (a instanceof RunDay r) {
        assertThat(r.attempt()).isEqualTo(attempts.size() + 1);
        attempts.add(now);
        Instant at = now;
        s = s.update(D, p -> p.withRunFailure(at));
      } else if (a instanceof Idle idle) {
        now = idle.until();
      } else {
        assertThat(a).isEqualTo(new ReportMissedGate(D, "the gate closed at 2022-04-28T09:00:00Z after 6 failed"
            + " attempts"));
        assertThat(now).isEqualTo(D.gateClosure());
        break;
      }
    }
    assertThat(attempts).containsExactly(t("2022-04-28T08:30:00Z"), t("2022-04-28T08:31:00Z"),
        t("2022-04-28T08:33:00Z"), t("2022-04-28T08:37:00Z"), t("2022-04-28T08:45:00Z"),
        t("2022-04-28T08:53:00Z"));
  }

  @Test
  void aRetryThatWouldStartAtTheGateIsNotMade() {
    Instant failedAt = t("2022-04-28T08:52:00Z");
    ScheduleState s = quiet(failedAt).update(D, p -> p.withRunFailure(t("2022-04-28T08:30:00Z"))
        .withRunFailure(t("2022-04-28T08:31:00Z")).withRunFailure(t("2022-04-28T08:33:00Z"))
        .withRunFailure(failedAt));
    // 4 failures: wait 8 minutes -> 09:00:00, the gate itself: no attempt, wake at the gate
    Instant now = t("2022-04-28T08:52:30Z");
    assertThat(POLICY.next(now, s.withHeartbeat(now))).isEqualTo(new Idle(D.gateClosure(), "gate of " + D));
  }

  @Test
  void aDaemonRestartedInsideTheWindowRunsAtOnce() {
    Instant restart = t("2022-04-28T08:47:13Z");
    ScheduleState fresh = ScheduleState.startedAt(restart);
    // heartbeat first? no: the run comes first, the gate does not wait
    assertThat(POLICY.next(restart, fresh)).isEqualTo(new RunDay(D, 1));
    ScheduleState traded = fresh.update(D, DayProgress::withTraded);
    assertThat(POLICY.next(restart, traded)).isEqualTo(new Heartbeat());
  }

  @Test
  void aDaemonStartedAfterTheGateReportsNoMissForTheTimeItWasDown() {
    Instant start = t("2022-04-28T10:00:00Z");
    ScheduleState s = ScheduleState.startedAt(start).withHeartbeat(start);
    assertThat(POLICY.next(start, s)).isInstanceOf(Idle.class);
    // but a failure stored before the restart is still a missed gate
    ScheduleState failed = s.update(D, p -> p.withRunFailure(t("2022-04-28T08:30:00Z")));
    assertThat(POLICY.next(start, failed)).isEqualTo(new ReportMissedGate(D,
        "the gate closed at 2022-04-28T09:00:00Z after 1 failed attempt"));
  }

  @Test
  void catchUpSettlesSeveralTradedDaysOldestFirstAfterTheirDelivery() {
    // restarted on 05-02 at 07:00: 04-29, 04-30 and 05-01 were traded before the daemon stopped, none settled
    Instant now = t("2022-05-02T07:00:00Z");
    ScheduleState s = ScheduleState.startedAt(now).withHeartbeat(now);
    for (MarketDay d = MarketDay.of(2022, 4, 29); d.compareTo(MarketDay.of(2022, 5, 2)) <= 0; d = d.next()) {
      s = s.update(d, DayProgress::withTraded);
    }
    List<MarketDay> settled = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ScheduledAction a = POLICY.next(now, s);
      if (!(a instanceof SettleDay settle)) {
        // 05-02 is delivering now: its settlement waits for 05-02 23:00 + 1 h, beyond this morning's wake-ups
        assertThat(a).isEqualTo(new Idle(t("2022-05-02T07:15:00Z"), "nothing due (periodic wake-up)"));
        break;
      }
      settled.add(settle.day());
      s = s.update(settle.day(), DayProgress::withSettled);
    }
    assertThat(settled).containsExactly(MarketDay.of(2022, 4, 29), MarketDay.of(2022, 4, 30),
        MarketDay.of(2022, 5, 1));
  }

  @Test
  void daysOlderThanTheCatchUpWindowAreLeftAlone() {
    Instant now = t("2022-05-02T07:00:00Z");
    ScheduleState s = ScheduleState.startedAt(t("2022-04-01T00:00:00Z")).withHeartbeat(now)
        .update(MarketDay.of(2022, 4, 28), DayProgress::withTraded) // before 05-02 - 3 days
        .update(MarketDay.of(2022, 4, 27), p -> p.withRunFailure(t("2022-04-26T08:30:00Z")));
    assertThat(POLICY.oldestTracked(now)).isEqualTo(MarketDay.of(2022, 4, 29));
    ScheduledAction a = POLICY.next(now, s.update(MarketDay.of(2022, 4, 29), DayProgress::withMissReported)
        .update(MarketDay.of(2022, 4, 30), DayProgress::withMissReported)
        .update(MarketDay.of(2022, 5, 1), DayProgress::withMissReported)
        .update(MarketDay.of(2022, 5, 2), DayProgress::withMissReported));
    assertThat(a).isInstanceOf(Idle.class);
  }

  @Test
  void settlementWaitsForDeliveryPlusTheDelayAndRetriesAPendingDayLater() {
    ScheduleState s = quiet(t("2022-04-29T23:00:00Z")).update(D, DayProgress::withTraded)
        .update(D.next(), DayProgress::withTraded);
    Instant delivered = t("2022-04-29T23:00:00Z");
    assertThat(POLICY.next(delivered, s.withHeartbeat(delivered)))
        .isEqualTo(new Idle(t("2022-04-29T23:15:00Z"), "nothing due (periodic wake-up)"));
    Instant almost = t("2022-04-29T23:50:00Z");
    assertThat(POLICY.next(almost, s.withHeartbeat(almost)))
        .isEqualTo(new Idle(t("2022-04-30T00:00:00Z"), "settlement of " + D));
    Instant due = t("2022-04-30T00:00:00Z");
    assertThat(POLICY.next(due, s.withHeartbeat(due))).isEqualTo(new SettleDay(D));

    ScheduleState pending = s.update(D, p -> p.withSettleAttempt(due));
    Instant soon = t("2022-04-30T01:50:00Z");
    assertThat(POLICY.next(soon, pending.withHeartbeat(soon)))
        .isEqualTo(new Idle(t("2022-04-30T02:00:00Z"), "settlement of " + D));
    Instant retry = t("2022-04-30T02:00:00Z");
    assertThat(POLICY.next(retry, pending.withHeartbeat(retry))).isEqualTo(new SettleDay(D));
  }

  @Test
  void theHeartbeatComesAtStartAndThenEveryInterval() {
    Instant start = t("2022-04-28T12:00:00Z");
    ScheduleState s = ScheduleState.startedAt(start).update(D, DayProgress::withTraded);
    assertThat(POLICY.next(start, s)).isEqualTo(new Heartbeat());
    ScheduleState beat = s.withHeartbeat(start);
    Schedule rare = new Schedule(new PlanningTime(LocalTime.of(8, 30)),
      Duration.ofMinutes(1), Duration.ofMinutes(8),
        Duration.ofHours(1), Duration.ofHours(2), 3, Duration.ofDays(3), Duration.ofHours(6));
    assertThat(new SchedulePolicy(rare).next(start, beat))
        .isEqualTo(new Idle(t("2022-04-28T18:00:00Z"), "heartbeat"));
    assertThat(new SchedulePolicy(rare).next(t("2022-04-28T18:00:00Z"), beat)).isEqualTo(new Heartbeat());
  }

  @Test
  void clockChangeDaysKeepUtcTimesAndAFullDayOfDelivery() {
    // GB summer time begins 2022-03-27 01:00Z and ends 2022-10-30 01:00Z: the market, and run_at, keep UTC
    for (MarketDay day : List.of(MarketDay.of(2022, 3, 27), MarketDay.of(2022, 3, 28), MarketDay.of(2022, 10, 30),
        MarketDay.of(2022, 10, 31))) {
      Instant runAt = day.date().minusDays(1).atTime(8, 30).toInstant(java.time.ZoneOffset.UTC);
      assertThat(SCHEDULE.runStart(day)).isEqualTo(runAt);
      Instant before = runAt.minusSeconds(1);
      assertThat(POLICY.next(before, quiet(before))).isEqualTo(new Idle(runAt, "run of " + day));
      assertThat(POLICY.next(runAt, quiet(runAt))).isEqualTo(new RunDay(day, 1));
      assertThat(Duration.between(day.deliveryStart(), SCHEDULE.settleStart(day)))
          .isEqualTo(Duration.ofHours(25));
    }
  }

  @Test
  void threeDaysRunUnattendedWithOneDayFailingUntilItsGate() {
    // a daemon up from 04-27 08:00 over three market days; every run of 04-29 fails
    Instant now = t("2022-04-27T08:00:00Z");
    ScheduleState s = ScheduleState.startedAt(now);
    List<String> log = new ArrayList<>();
    while (now.isBefore(t("2022-05-01T03:00:00Z"))) {
      ScheduledAction a = POLICY.next(now, s);
      Instant at = now;
      if (a instanceof RunDay r) {
        if (r.day().equals(D)) {
          s = s.update(r.day(), p -> p.withRunFailure(at));
          if (r.attempt() == 1) {
            log.add(at + " run " + r.day() + " failed");
          }
        } else {
          s = s.update(r.day(), DayProgress::withTraded);
          log.add(at + " run " + r.day());
        }
      } else if (a instanceof SettleDay settle) {
        s = s.update(settle.day(), DayProgress::withSettled);
        log.add(at + " settle " + settle.day());
      } else if (a instanceof ReportMissedGate m) {
        s = s.update(m.day(), DayProgress::withMissReported);
        log.add(at + " missed " + m.day());
      } else if (a instanceof Heartbeat) {
        s = s.withHeartbeat(at);
      } else {
        Idle idle = (Idle) a;
        assertThat(idle.until()).isAfter(now);
        now = idle.until();
      }
    }
    assertThat(log).containsExactly(
        "2022-04-27T08:30:00Z run 2022-04-28",
        "2022-04-28T08:30:00Z run 2022-04-29 failed",
        "2022-04-28T09:00:00Z missed 2022-04-29",
        "2022-04-29T00:00:00Z settle 2022-04-28",
        "2022-04-29T08:30:00Z run 2022-04-30",
        "2022-04-30T08:30:00Z run 2022-05-01",
        "2022-05-01T00:00:00Z settle 2022-04-30");
  }

  @Test
  void aRunTimeAtOrAfterTheGateIsRefused() {
    assertThatThrownBy(() -> new Schedule(new PlanningTime(LocalTime.of(9, 0)),
      Duration.ofMinutes(1), Duration.ofMinutes(8),
        Duration.ofHours(1), Duration.ofHours(2), 3, Duration.ofMinutes(15), Duration.ofHours(24)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be before the gate");
  }
}
