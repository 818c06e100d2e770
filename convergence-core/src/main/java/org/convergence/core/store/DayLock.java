package org.convergence.core.store;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * A lease on one job ({@code run}, {@code settle}) of one market day: only its holder works on that day's job until
 * the lease expires or is released. The expiry keeps a crashed holder from blocking the day for good.
 *
 * @param holder who holds it, e.g. {@code daemon host:4711 3f2a}; unique per process and attempt
 */
public record DayLock(MarketDay day, String job, String holder, Instant acquiredAt, Instant expiresAt) {
  /** Longest job and holder names the stores keep. */
  public static final int MAX_JOB_LENGTH = 16;
  public static final int MAX_HOLDER_LENGTH = 128;

  public DayLock {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(acquiredAt, "acquiredAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (job.isBlank() || job.length() > MAX_JOB_LENGTH) {
      throw new IllegalArgumentException("a lock's job is 1.." + MAX_JOB_LENGTH + " characters, was '" + job + "'");
    }
    if (holder.isBlank() || holder.length() > MAX_HOLDER_LENGTH) {
      throw new IllegalArgumentException("a lock's holder is 1.." + MAX_HOLDER_LENGTH + " characters, was '"
          + holder + "'");
    }
    if (!expiresAt.isAfter(acquiredAt)) {
      throw new IllegalArgumentException("a lock must expire after it is taken (" + acquiredAt + " .. " + expiresAt
          + ")");
    }
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return job + " of " + day + " held by " + holder + " since " + acquiredAt + " until " + expiresAt;
  }
}
