package org.convergence.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A UTC clock that starts at an instant and then runs {@code speed} times as fast as a base clock (normally the
 * system clock): at speed 3600 an hour of market time passes each real second, so tests and demonstrations trade and
 * settle days in seconds. Nothing but the base clock moves it. Thread-safe.
 */
public final class ScaledClock extends Clock {
  private final Instant start;
  private final double speed;
  private final Clock base;
  private final Instant baseStart;

  /** Starts at {@code start} now (by {@code base}) and runs {@code speed} (&gt; 0) times as fast as {@code base}. */
  public ScaledClock(Instant start, double speed, Clock base) {
    if (!(speed > 0) || !Double.isFinite(speed)) {
      throw new IllegalArgumentException("clock speed must be a number > 0, was " + speed);
    }
    this.start = Objects.requireNonNull(start, "start");
    this.speed = speed;
    this.base = Objects.requireNonNull(base, "base");
    this.baseStart = base.instant();
  }

  /** Starts at {@code start} and runs {@code speed} times real time. */
  public static ScaledClock startingAt(Instant start, double speed) {
    return new ScaledClock(start, speed, Clock.systemUTC());
  }

  public double speed() {
    return speed;
  }

  @Override
  public Instant instant() {
    long realNanos = Duration.between(baseStart, base.instant()).toNanos();
    double scaled = realNanos * speed;
    long seconds = (long) Math.floor(scaled / 1e9);
    long nanos = (long) (scaled - seconds * 1e9);
    return start.plusSeconds(seconds).plusNanos(nanos);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (ZoneOffset.UTC.equals(zone)) {
      return this;
    }
    throw new UnsupportedOperationException("market time is UTC");
  }

  @Override
  public String toString() {
    return "ScaledClock[from " + start + " x" + speed + "]";
  }
}
