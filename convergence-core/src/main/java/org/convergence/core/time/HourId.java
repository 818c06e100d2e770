package org.convergence.core.time;

import java.util.List;
import java.util.stream.IntStream;

/**
 * An AIMLAC {@code hour_ID}: 1..24 within a market day. Hour 1 is 23:00-24:00 UTC of the day before the market day.
 */
public record HourId(int value) implements Comparable<HourId> {
  public static final int FIRST = 1;
  public static final int LAST = 24;

  private static final List<HourId> ALL =
      IntStream.rangeClosed(FIRST, LAST).mapToObj(HourId::new).toList();

  public HourId {
    if (value < FIRST || value > LAST) {
      throw new IllegalArgumentException("hour_ID must be between 1 and 24, was " + value);
    }
  }

  public static HourId of(int value) {
    return (value >= FIRST && value <= LAST) ? ALL.get(value - 1) : new HourId(value);
  }

  /** The 24 hours of a market day, in order. */
  public static List<HourId> all() {
    return ALL;
  }

  /** Zero-based position in the day, 0..23. */
  public int index() {
    return value - 1;
  }

  @Override
  public int compareTo(HourId other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return "hour " + value;
  }
}
