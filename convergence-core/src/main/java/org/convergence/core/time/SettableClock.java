package org.convergence.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A UTC clock that stands still until it is set or advanced: backtests and tests decide what "now" is (for example
 * D-1 08:30Z for each market day). Thread-safe.
 */
public final class SettableClock extends Clock {
  private volatile Instant now;

  public SettableClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  public void set(Instant instant) {
    this.now = Objects.requireNonNull(instant, "instant");
  }

  public void advance(Duration by) {
    this.now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (!ZoneOffset.UTC.normalized().equals(zone.normalized())) {
      throw new UnsupportedOperationException("SettableClock keeps market time in UTC, not " + zone);
    }
    return this;
  }

  @Override
  public String toString() {
    return "SettableClock[" + now + "]";
  }
}
