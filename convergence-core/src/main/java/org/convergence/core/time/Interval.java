package org.convergence.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open UTC time interval [start, end). */
public record Interval(Instant start, Instant end) implements Comparable<Interval> {
  public Interval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("interval end " + end + " must be after its start " + start);
    }
  }

  public static Interval of(Instant start, Duration length) {
    return new Interval(start, start.plus(length));
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public double hours() {
    return length().toMillis() / 3_600_000.0;
  }

  public Instant midpoint() {
    return start.plus(length().dividedBy(2));
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  @Override
  public int compareTo(Interval other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
