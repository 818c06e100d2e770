package org.convergence.core.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.convergence.core.schedule.ScheduledAction.Heartbeat;
import org.convergence.core.schedule.ScheduledAction.Idle;
import org.convergence.core.schedule.ScheduledAction.ReportMissedGate;
import org.convergence.core.schedule.ScheduledAction.RunDay;
import org.convergence.core.schedule.ScheduledAction.SettleDay;
import org.convergence.core.time.MarketDay;

/**
 * The daemon's policy: at a clock instant, given what is done, the one thing to do now. Pure and deterministic.
 *
 * <p>In order of precedence:
 *
 * <ol>
 *   <li><b>Run</b> the next biddable day D once the clock reaches {@link Schedule#runStart} (D-1 at run_at) and
 *       until its gate (D-1 09:00Z, exclusive), unless D is traded. After a failure the next attempt waits
 *       {@link Schedule#backoffAfter} (doubling, capped); an attempt that would start at or after the gate is not
 *       made. A daemon (re)started inside the window runs at once.
 *   <li><b>Heartbeat</b> at start and then every {@link Schedule#heartbeatEvery}.
 *   <li><b>Report a missed gate</b>, once per day, for a day of the catch-up window whose gate has passed without a
 *       completed run, when a run of it was attempted or this daemon was up at its gate.
 *   <li><b>Settle</b> the oldest traded, unsettled day of the catch-up window whose delivery ended at least
 *       {@link Schedule#settleAfter} ago; a day left pending is tried again after {@link Schedule#settleRetry}.
 *   <li>Otherwise <b>idle</b> until the earliest of: the next run attempt, the next day's run start, a gate to check,
 *       a settlement due, the next heartbeat, or {@link Schedule#maxIdle} from now.
 * </ol>
 *
 * <p>The catch-up window is the market days from {@code catchUpDays} before today's UTC date up to the next
 * biddable day.
 */
public final class SchedulePolicy {
  private final Schedule schedule;

  public SchedulePolicy(Schedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
  }

  public Schedule schedule() {
    return schedule;
  }

  /** The first market day the catch-up window holds at {@code now}. */
  public MarketDay oldestTracked(Instant now) {
    return MarketDay.of(now.atOffset(ZoneOffset.UTC).toLocalDate()).minusDays(schedule.catchUpDays());
  }

  public ScheduledAction next(Instant now, ScheduleState state) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(state, "state");
    Wake wake = new Wake(now.plus(schedule.maxIdle()), "nothing due (periodic wake-up)");

    MarketDay target = MarketDay.nextBiddable(now);
    DayProgress t = state.day(target);
    if (!t.traded()) {
      Instant runDue = runDue(t, target);
      if (runDue.isBefore(target.gateClosure())) {
        if (!now.isBefore(runDue)) {
          return new RunDay(target, t.runFailures() + 1);
        }
        wake.consider(runDue, (t.runFailures() == 0 ? "run of " : "retry " + (t.runFailures() + 1) + " of ")
            + target);
      }
      wake.consider(target.gateClosure(), "gate of " + target);
    }
    wake.consider(schedule.runStart(target.next()), "run of " + target.next());

    Instant heartbeatDue = state.lastHeartbeat().map(h -> h.plus(schedule.heartbeatEvery())).orElse(state.upSince());
    if (!now.isBefore(heartbeatDue)) {
      return new Heartbeat();
    }
    wake.consider(heartbeatDue, "heartbeat");

    MarketDay oldest = oldestTracked(now);
    for (MarketDay d = oldest; d.compareTo(target) < 0; d = d.next()) {
      DayProgress p = state.day(d);
      if (!p.traded() && !p.missReported() && !now.isBefore(d.gateClosure())) {
        if (p.runFailures() > 0) {
          return new ReportMissedGate(d, "the gate closed at " + d.gateClosure() + " after " + p.runFailures()
              + " failed attempt" + (p.runFailures() == 1 ? "" : "s"));
        }
        if (state.upSince().isBefore(d.gateClosure())) {
          return new ReportMissedGate(d, "the gate closed at " + d.gateClosure() + " without a completed run");
        }
      }
    }

    for (MarketDay d = oldest; d.compareTo(target) < 0; d = d.next()) {
      DayProgress p = state.day(d);
      if (p.traded() && !p.settled()) {
        Instant start = schedule.settleStart(d);
        Instant due = p.lastSettleAttempt().map(a -> a.plus(schedule.settleRetry()))
            .filter(a -> a.isAfter(start)).orElse(start);
        if (!now.isBefore(due)) {
          return new SettleDay(d);
        }
        wake.consider(due, "settlement of " + d);
      }
    }
    return new Idle(wake.at, wake.reason);
  }

  /** When the next run attempt of {@code day} may start. */
  private Instant runDue(DayProgress p, MarketDay day) {
    Instant start = schedule.runStart(day);
    if (p.runFailures() == 0 || p.lastRunAttempt().isEmpty()) {
      return start;
    }
    Instant retry = p.lastRunAttempt().get().plus(schedule.backoffAfter(p.runFailures()));
    return retry.isBefore(start) ? start : retry;
  }

  /** The earliest wake-up seen so far, and why. */
  private static final class Wake {
    Instant at;
    String reason;

    Wake(Instant at, String reason) {
      this.at = at;
      this.reason = reason;
    }

    void consider(Instant candidate, String why) {
      if (candidate.isBefore(at)) {
        at = candidate;
        reason = why;
      }
    }
  }
}
