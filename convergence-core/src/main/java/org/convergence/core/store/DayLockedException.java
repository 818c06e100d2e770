package org.convergence.core.store;

import java.util.Objects;
import java.util.Optional;
import org.convergence.core.time.MarketDay;

/** A day's job is locked by another runner; the message names the job, the day and, when known, the holder. */
public final class DayLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final MarketDay day;
  private final transient Optional<DayLock> heldBy;

  public DayLockedException(MarketDay day, String job, Optional<DayLock> heldBy) {
    super("the " + job + " of " + day + " is already in progress elsewhere"
        + heldBy.map(l -> " (" + l.holder() + ", since " + l.acquiredAt() + ", lock expires " + l.expiresAt() + ")")
            .orElse(""));
    this.day = Objects.requireNonNull(day, "day");
    this.heldBy = heldBy;
  }

  public MarketDay day() {
    return day;
  }

  public Optional<DayLock> heldBy() {
    return heldBy;
  }
}
