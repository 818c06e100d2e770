package org.convergence.core.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The daemon's state as a watchdog sees it, rewritten at every wake-up: a health record older than {@link
 * #staleAfter} means the daemon is not running (or is stuck).
 *
 * @param lastAction the log line of the last thing done
 * @param nextWakeUp when it next wakes, and {@code next} why
 * @param staleAfter after this instant without a newer record, something is wrong
 */
public record DaemonHealth(Instant updatedAt, Instant upSince, String lastAction, Instant nextWakeUp, String next,
    Optional<Instant> lastHeartbeat, Instant staleAfter) {
  public DaemonHealth {
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(upSince, "upSince");
    Objects.requireNonNull(lastAction, "lastAction");
    Objects.requireNonNull(nextWakeUp, "nextWakeUp");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(lastHeartbeat, "lastHeartbeat");
    Objects.requireNonNull(staleAfter, "staleAfter");
  }
}
