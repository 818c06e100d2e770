package org.convergence.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.convergence.core.alert.Alert;
import org.convergence.core.alert.AlertDelivery;
import org.convergence.core.alert.AlertKind;
import org.convergence.core.alert.Alerts;
import org.convergence.core.alert.RunAlerts;
import org.convergence.core.run.RunOutcome;
import org.convergence.core.run.RunReport;
import org.convergence.core.schedule.ScheduledAction.Heartbeat;
import org.convergence.core.schedule.ScheduledAction.Idle;
import org.convergence.core.schedule.ScheduledAction.ReportMissedGate;
import org.convergence.core.schedule.ScheduledAction.RunDay;
import org.convergence.core.schedule.ScheduledAction.SettleDay;
import org.convergence.core.store.ConvergenceStore;
import org.convergence.core.store.DayLockedException;
import org.convergence.core.store.DayLocking;
import org.convergence.core.store.RunRecord;
import org.convergence.core.store.RunStatus;
import org.convergence.core.store.SettlementStatus;
import org.convergence.core.time.MarketDay;

/**
 * The unattended daemon, written against ports: asks the {@link SchedulePolicy} what to do, does it (the daily run
 * or the settlement under the day's lock, an alert, the heartbeat), writes one log line per action and the health
 * record at every wake-up, and sleeps until the next thing is due.
 *
 * <p>What is done lives in the store (a completed run row, a stored settlement), so a restarted daemon catches up:
 * it settles traded days it has not settled and runs today's day if its gate is still open. What only this process
 * knows (failed attempts, alerts sent) starts afresh after a restart.
 *
 * <p>Alerts: the first failure of a day's run, a day whose exchange does not hold the plan, a missed gate,
 * settlement warnings, and the heartbeat. A failing alert channel is logged and changes nothing else.
 */
public final class DaemonLoop {
  private final SchedulePolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ConvergenceStore store;
  private final DayLocking locking;
  private final Function<MarketDay, RunReport> runs;
  private final DaySettler settler;
  private final Alerts alerts;
  private final String site;
  private final Consumer<String> log;
  private final Consumer<DaemonHealth> health;

  private final Set<MarketDay> failureAlerted = new HashSet<>();
  private final Set<MarketDay> notVerifiedAlerted = new HashSet<>();
  private volatile boolean stopping;
  private Thread sleeping;
  private String lastIdleReason = "";
  private String lastAction = "started";

  public DaemonLoop(SchedulePolicy policy, Clock clock, Sleeper sleeper, ConvergenceStore store, DayLocking locking,
      Function<MarketDay, RunReport> runs, DaySettler settler, Alerts alerts, String site, Consumer<String> log,
      Consumer<DaemonHealth> health) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.store = Objects.requireNonNull(store, "store");
    this.locking = Objects.requireNonNull(locking, "locking");
    this.runs = Objects.requireNonNull(runs, "runs");
    this.settler = Objects.requireNonNull(settler, "settler");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.site = Objects.requireNonNull(site, "site");
    this.log = Objects.requireNonNull(log, "log");
    this.health = Objects.requireNonNull(health, "health");
  }

  /** Runs until {@link #stop()} is called (from a shutdown hook on SIGTERM). */
  public void run() {
    run(Optional.empty());
  }

  /**
   * Runs until {@link #stop()}, or until the clock reaches {@code until}. An action under way is finished first;
   * only a sleep is cut short.
   */
  public void run(Optional<Instant> until) {
    ScheduleState state = ScheduleState.startedAt(clock.instant());
    log(state.upSince(), "daemon started: runs at " + policy.schedule().planning() + " (gate 09:00Z),"
        + " catch-up window " + policy.schedule().catchUpDays() + " days");
    while (!stopping) {
      Instant now = clock.instant();
      if (until.isPresent() && !now.isBefore(until.get())) {
        break;
      }
      ScheduledAction action;
      try {
        state = refresh(state, now);
        action = policy.next(now, state);
      } catch (RuntimeException e) {
        // the store is unreachable: say so, wait a little, try again; never die of it
        log(now, "error reading the store: " + describe(e) + "; trying again in "
            + policy.schedule().retryInitial().toMinutes() + " min");
        action = new Idle(now.plus(policy.schedule().retryInitial()), "store retry");
      }
      if (action instanceof Idle idle) {
        Instant wakeUp = until.filter(u -> u.isBefore(idle.until())).orElse(idle.until());
        if (!idle.reason().equals(lastIdleReason)) {
          log(now, "idle until " + idle.until() + " (" + idle.reason() + ")");
          lastIdleReason = idle.reason();
        }
        writeHealth(state, now, idle);
        if (!sleepUntil(wakeUp)) {
          break;
        }
        continue;
      }
      lastIdleReason = "";
      state = execute(action, now, state);
      writeHealth(state, clock.instant(), policy.next(clock.instant(), state));
    }
    log(clock.instant(), "daemon stopped");
  }

  /** Asks the loop to stop: a sleep ends at once, an action under way is finished first. Thread-safe. */
  public void stop() {
    stopping = true;
    synchronized (this) {
      if (sleeping != null) {
        sleeping.interrupt();
      }
    }
  }

  private boolean sleepUntil(Instant until) {
    synchronized (this) {
      if (stopping) {
        return false;
      }
      sleeping = Thread.currentThread();
    }
    try {
      sleeper.sleepUntil(until);
      return !stopping;
    } catch (InterruptedException e) {
      return false;
    } finally {
      synchronized (this) {
        sleeping = null;
        Thread.interrupted(); // an interrupt that came after the sleep ended must not hit the next action
      }
    }
  }

  /** Takes in what the store says is done: days run or settled by this daemon before, a manual run, the cloud. */
  ScheduleState refresh(ScheduleState state, Instant now) {
    ScheduleState s = state;
    MarketDay target = MarketDay.nextBiddable(now);
    for (MarketDay d = policy.oldestTracked(now); d.compareTo(target) <= 0; d = d.next()) {
      DayProgress p = s.day(d);
      if (!p.traded() && p.runFailures() == 0) {
        Optional<RunRecord> run = store.run(d);
        if (run.isPresent() && (run.get().status() == RunStatus.SUCCEEDED
            || run.get().status() == RunStatus.DEGRADED)) {
          s = s.update(d, DayProgress::withTraded);
        } else if (run.isPresent() && run.get().status() == RunStatus.FAILED) {
          Instant at = run.get().started();
          s = s.update(d, q -> q.withRunFailure(at));
        } else if (!d.isOpenAt(now) && !store.heldOrders(d).isEmpty()) {
          s = s.update(d, DayProgress::withTraded);
        }
      }
      if (!s.day(d).settled() && store.settlementRecord(d)
          .map(r -> r.status() == SettlementStatus.SETTLED).orElse(false)) {
        s = s.update(d, DayProgress::withSettled);
      }
    }
    return s;
  }

  private ScheduleState execute(ScheduledAction action, Instant now, ScheduleState state) {
    if (action instanceof RunDay r) {
      return runDay(r, now, state);
    }
    if (action instanceof SettleDay settle) {
      return settleDay(settle.day(), now, state);
    }
    if (action instanceof ReportMissedGate missed) {
      String alert = alert(Alert.about(missed.day(), AlertKind.GATE_MISSED, site, now, missed.reason()));
      log(now, "gate missed for " + missed.day() + ": " + missed.reason() + alert);
      return state.update(missed.day(), DayProgress::withMissReported);
    }
    if (action instanceof Heartbeat) {
      String text = "up since " + state.upSince() + "; last: " + lastAction;
      String alert = alert(new Alert(now, AlertKind.ALIVE, site, Optional.empty(), text));
      log(now, "heartbeat: " + text + alert);
      return state.withHeartbeat(now);
    }
    throw new IllegalStateException("unexpected action " + action);
  }

  private ScheduleState runDay(RunDay r, Instant now, ScheduleState state) {
    MarketDay day = r.day();
    String what = "run " + day + " (attempt " + r.attempt() + ")";
    RunReport report;
    try {
      report = locking.call(day, DayLocking.RUN, () -> runs.apply(day));
    } catch (DayLockedException e) {
      log(now, what + ": " + e.getMessage() + "; retry after back-off");
      return state.update(day, p -> p.withRunFailure(now));
    } catch (RuntimeException e) {
      String alert = failureAlerted.add(day) ? alert(RunAlerts.forFailure(day, e, site, clock.instant())) : "";
      log(now, what + " failed: " + describe(e) + retryNote(state.day(day).withRunFailure(now), day) + alert);
      return state.update(day, p -> p.withRunFailure(now));
    }
    Optional<Alert> problem = RunAlerts.forReport(report, site, clock.instant());
    boolean done = problem.isEmpty() && report.outcome() != RunOutcome.GATE_CLOSED;
    String line = what + ": " + report.outcome() + ", " + report.message()
        + (report.warnings().isEmpty() ? "" : " (" + report.warnings().size() + " warning"
            + (report.warnings().size() == 1 ? "" : "s") + ")");
    if (done) {
      log(now, line);
      return state.update(day, DayProgress::withTraded);
    }
    String alert = problem.isPresent() && notVerifiedAlerted.add(day) ? alert(problem.get()) : "";
    log(now, line + retryNote(state.day(day).withRunFailure(now), day) + alert);
    return state.update(day, p -> p.withRunFailure(now));
  }

  private String retryNote(DayProgress afterFailure, MarketDay day) {
    Instant retry = afterFailure.lastRunAttempt().orElseThrow()
        .plus(policy.schedule().backoffAfter(afterFailure.runFailures()));
    return retry.isBefore(day.gateClosure()) ? "; retry at " + retry
        : "; no retry before the gate at " + day.gateClosure();
  }

  private ScheduleState settleDay(MarketDay day, Instant now, ScheduleState state) {
    SettleOutcome outcome;
    try {
      outcome = locking.call(day, DayLocking.SETTLE, () -> settler.settle(day));
    } catch (DayLockedException e) {
      log(now, "settle " + day + ": " + e.getMessage());
      return state.update(day, p -> p.withSettleAttempt(now));
    } catch (RuntimeException e) {
      log(now, "settle " + day + " failed: " + describe(e) + "; retry after "
          + policy.schedule().settleRetry().toMinutes() + " min");
      return state.update(day, p -> p.withSettleAttempt(now));
    }
    String alert = outcome.warnings().isEmpty() ? ""
        : alert(Alert.about(day, AlertKind.SETTLEMENT_WARNING, site, clock.instant(),
            String.join("; ", outcome.warnings())));
    if (outcome.settled()) {
      log(now, "settled " + day + ": " + outcome.summary() + alert);
      return state.update(day, DayProgress::withSettled);
    }
    log(now, "settle " + day + ": pending: " + outcome.summary() + "; retry after "
        + policy.schedule().settleRetry().toMinutes() + " min" + alert);
    return state.update(day, p -> p.withSettleAttempt(now));
  }

  /** Sends the alert; the note for the action's log line. Never throws. */
  private String alert(Alert alert) {
    AlertDelivery d;
    try {
      d = alerts.send(alert);
    } catch (RuntimeException e) {
      d = AlertDelivery.failed("alert channel failed: " + e.getClass().getSimpleName());
    }
    return d.delivered() ? " [alert " + alert.kind() + " sent: " + d.detail() + "]"
        : " [alert " + alert.kind() + " not delivered: " + d.detail() + "]";
  }

  private void writeHealth(ScheduleState state, Instant now, ScheduledAction next) {
    Instant wake = next instanceof Idle idle ? idle.until() : now;
    String why = next instanceof Idle idle ? idle.reason() : next.toString();
    Duration slack = policy.schedule().maxIdle().plus(Duration.ofMinutes(30));
    try {
      health.accept(new DaemonHealth(now, state.upSince(), lastAction, wake, why, state.lastHeartbeat(),
          (wake.isAfter(now) ? wake : now).plus(slack)));
    } catch (RuntimeException e) {
      log(now, "cannot write the health record: " + describe(e));
    }
  }

  private void log(Instant at, String line) {
    lastAction = at + " " + line;
    log.accept(at + " " + line);
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
