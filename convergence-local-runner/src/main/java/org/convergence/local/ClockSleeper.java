package org.convergence.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.convergence.core.schedule.Sleeper;

/**
 * Sleeps until a clock reaches an instant, in real time divided by the clock's {@code speed} (1 for the system
 * clock), waking at least every minute to re-read the clock (it may have been set, e.g. by NTP).
 */
final class ClockSleeper implements Sleeper {
  private static final long MAX_NAP_MS = 60_000;

  private final Clock clock;
  private final double speed;

  ClockSleeper(Clock clock, double speed) {
    this.clock = clock;
    this.speed = speed;
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive, was " + speed);
    }
  }

  @Override
  public void sleepUntil(Instant until) throws InterruptedException {
    while (true) {
      long simulatedMs = Duration.between(clock.instant(), until).toMillis();
      if (simulatedMs <= 0) {
        return;
      }
      Thread.sleep(Math.max(1, Math.min(MAX_NAP_MS, (long) Math.ceil(simulatedMs / speed))));
    }
  }
}
