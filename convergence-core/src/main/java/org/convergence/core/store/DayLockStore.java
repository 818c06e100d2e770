package org.convergence.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.convergence.core.time.MarketDay;

/**
 * Port: per-day locks, so the daemon, a manual {@code run} and Cloud Scheduler never work on the same day's job at
 * once, even from different processes or machines sharing the database. A lock expires, so a holder that crashed
 * blocks the day only until then. Use {@link DayLocking} rather than calling this directly.
 */
public interface DayLockStore {
  /**
   * Takes {@code job}'s lock of {@code day} for {@code holder} from {@code now} for {@code ttl}, when nobody holds
   * it, its lease expired at {@code now}, or {@code holder} itself holds it (then it is renewed). Atomic: of
   * concurrent callers at most one gets a free lock.
   *
   * @return the lock taken, or empty when someone else holds it ({@link #dayLock} says who)
   */
  Optional<DayLock> tryLock(MarketDay day, String job, String holder, Instant now, Duration ttl);

  /** The lock of {@code day}'s {@code job} as stored (possibly expired), if any. */
  Optional<DayLock> dayLock(MarketDay day, String job);

  /** Releases {@code lock} if its holder still holds it; a lock taken over since is left alone. */
  void unlock(DayLock lock);
}
