package org.convergence.core.schedule;

import java.time.Instant;

/** Waits until a clock instant; tests give one that moves their clock there at once. */
@FunctionalInterface
public interface Sleeper {
  /** Returns once the clock has reached {@code until}; an interrupt (the daemon stopping) ends the wait early. */
  void sleepUntil(Instant until) throws InterruptedException;
}
