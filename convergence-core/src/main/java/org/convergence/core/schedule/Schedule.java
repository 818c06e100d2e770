package org.convergence.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;

/**
 * When the daemon works. Every time is UTC, like the market's: a clock-change day in the UK moves nothing.
 *
 * @param planning when day D's run starts: D-1 at {@code schedule.run_at}, before the gate (09:00Z); the backtest
 *     and the replay run plan at the same time
 * @param retryInitial the wait after a run's first failure; it doubles after each further failure
 * @param retryMax the longest wait between two retries of a run
 * @param settleAfter how long after the end of a day's delivery its settlement is first tried (prices and meter
 *     readings need time to appear)
 * @param settleRetry the wait before trying again to settle a day that was still pending or failed
 * @param catchUpDays how many days back from today a (re)started daemon settles traded days and reports missed gates
 * @param maxIdle the longest the daemon idles without waking (it refreshes its health file on every wake-up)
 * @param heartbeatEvery the interval of the "alive" heartbeat
 */
public record Schedule(PlanningTime planning, Duration retryInitial, Duration retryMax, Duration settleAfter,
    Duration settleRetry, int catchUpDays, Duration maxIdle, Duration heartbeatEvery) {
  public Schedule {
    Objects.requireNonNull(planning, "planning");
    positive(retryInitial, "retryInitial");
    positive(retryMax, "retryMax");
    if (retryMax.compareTo(retryInitial) < 0) {
      throw new IllegalArgumentException("retryMax " + retryMax + " is shorter than retryInitial " + retryInitial);
    }
    Objects.requireNonNull(settleAfter, "settleAfter");
    if (settleAfter.isNegative()) {
      throw new IllegalArgumentException("settleAfter must not be negative, was " + settleAfter);
    }
    positive(settleRetry, "settleRetry");
    if (catchUpDays < 1) {
      throw new IllegalArgumentException("catchUpDays must be at least 1, was " + catchUpDays);
    }
    positive(maxIdle, "maxIdle");
    positive(heartbeatEvery, "heartbeatEvery");
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }

  /** When day D's run starts: its planning time. */
  public Instant runStart(MarketDay day) {
    return planning.on(day);
  }

  /** When day D's settlement is first tried. */
  public Instant settleStart(MarketDay day) {
    return day.deliveryEnd().plus(settleAfter);
  }

  /** The wait before the next attempt after {@code failures} (at least 1) failures in a row. */
  public Duration backoffAfter(int failures) {
    if (failures < 1) {
      return Duration.ZERO;
    }
    Duration wait = retryInitial;
    for (int i = 1; i < failures && wait.compareTo(retryMax) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(retryMax) > 0 ? retryMax : wait;
  }
}
