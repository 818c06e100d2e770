package org.convergence.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.convergence.core.time.MarketDay;

/**
 * Runs a day's job under its {@link DayLock}: takes the lock, runs the work, releases it (also when the work throws).
 * Another holder's live lock makes {@link #call} throw {@link DayLockedException} without running the work.
 */
public final class DayLocking {
  /** The job names in use. */
  public static final String RUN = "run";
  public static final String SETTLE = "settle";
  /** Long enough for any daily run or settlement; a crashed holder blocks its day at most this long. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(20);

  private final DayLockStore locks;
  private final Clock clock;
  private final Duration ttl;
  private final String runner;

  /**
   * @param runner who is locking, e.g. {@code daemon on host-a} or {@code run}; the process id and a random suffix
   *     per lock are added to it
   */
  public DayLocking(DayLockStore locks, Clock clock, Duration ttl, String runner) {
    this.locks = Objects.requireNonNull(locks, "locks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.runner = Objects.requireNonNull(runner, "runner");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a lock's ttl must be positive, was " + ttl);
    }
  }

  /** Runs {@code work} holding {@code job}'s lock of {@code day}. */
  public <T> T call(MarketDay day, String job, Supplier<T> work) {
    String holder = holderName();
    DayLock lock = locks.tryLock(day, job, holder, clock.instant().truncatedTo(ChronoUnit.MICROS), ttl)
        .orElseThrow(() -> new DayLockedException(day, job, locks.dayLock(day, job)));
    try {
      return work.get();
    } finally {
      locks.unlock(lock);
    }
  }

  private String holderName() {
    String name = runner + " pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID().toString().substring(0, 8);
    return name.length() <= DayLock.MAX_HOLDER_LENGTH ? name : name.substring(0, DayLock.MAX_HOLDER_LENGTH);
  }
}
