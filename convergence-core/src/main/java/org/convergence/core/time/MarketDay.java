package org.convergence.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An AIMLAC market day D. It delivers over [D-1 23:00Z, D 23:00Z) in 24 hours ({@link HourId} 1..24), and its
 * orders close at the gate, D-1 09:00:00Z: an order is on time strictly before the gate.
 */
public record MarketDay(LocalDate date) implements Comparable<MarketDay> {
  /** Hour of day (UTC) on D-1 at which the market day starts. */
  public static final LocalTime DELIVERY_START_UTC = LocalTime.of(23, 0);
  /** Time of day (UTC) on D-1 at which orders for D close. */
  public static final LocalTime GATE_CLOSURE_UTC = LocalTime.of(9, 0);

  public static final Duration HALF_HOUR = Duration.ofMinutes(30);
  public static final Duration HOUR = Duration.ofHours(1);

  public MarketDay {
    Objects.requireNonNull(date, "date");
  }

  public static MarketDay of(LocalDate date) {
    return new MarketDay(date);
  }

  public static MarketDay of(int year, int month, int day) {
    return new MarketDay(LocalDate.of(year, month, day));
  }

  /** Parses an ISO date such as {@code 2022-03-15}. */
  public static MarketDay parse(String isoDate) {
    return new MarketDay(LocalDate.parse(isoDate));
  }

  /** The market day whose delivery period contains the instant. */
  public static MarketDay delivering(Instant instant) {
    return new MarketDay(instant.plus(HOUR).atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /**
   * The first market day whose gate is still open at {@code now}: D = today + 1 before 09:00Z, today + 2 from
   * 09:00:00Z on (dates in UTC).
   */
  public static MarketDay nextBiddable(Instant now) {
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    MarketDay tomorrow = new MarketDay(today.plusDays(1));
    return tomorrow.isOpenAt(now) ? tomorrow : tomorrow.next();
  }

  public Instant deliveryStart() {
    return date.minusDays(1).atTime(DELIVERY_START_UTC).toInstant(ZoneOffset.UTC);
  }

  public Instant deliveryEnd() {
    return date.atTime(DELIVERY_START_UTC).toInstant(ZoneOffset.UTC);
  }

  public Interval delivery() {
    return new Interval(deliveryStart(), deliveryEnd());
  }

  public Instant gateClosure() {
    return date.minusDays(1).atTime(GATE_CLOSURE_UTC).toInstant(ZoneOffset.UTC);
  }

  /** True when an order received at {@code instant} is on time: strictly before the gate closure. */
  public boolean isOpenAt(Instant instant) {
    return instant.isBefore(gateClosure());
  }

  /** The delivery interval of an hour of this day. */
  public Interval hour(HourId hour) {
    return Interval.of(deliveryStart().plus(HOUR.multipliedBy(hour.index())), HOUR);
  }

  /** The hour of this day that contains the instant. */
  public HourId hourAt(Instant instant) {
    if (!delivery().contains(instant)) {
      throw new IllegalArgumentException(instant + " is outside market day " + date + " " + delivery());
    }
    return HourId.of((int) (Duration.between(deliveryStart(), instant).toHours()) + 1);
  }

  /** The 24 hourly delivery intervals, hour 1 first. */
  public List<Interval> hours() {
    return grid(HOUR);
  }

  /** The 48 half-hourly delivery intervals. */
  public List<Interval> halfHours() {
    return grid(HALF_HOUR);
  }

  private List<Interval> grid(Duration step) {
    List<Interval> out = new ArrayList<>();
    for (Instant t = deliveryStart(); t.isBefore(deliveryEnd()); t = t.plus(step)) {
      out.add(Interval.of(t, step));
    }
    return List.copyOf(out);
  }

  public MarketDay next() {
    return new MarketDay(date.plusDays(1));
  }

  public MarketDay previous() {
    return new MarketDay(date.minusDays(1));
  }

  public MarketDay minusDays(long days) {
    return new MarketDay(date.minusDays(days));
  }

  public MarketDay plusDays(long days) {
    return new MarketDay(date.plusDays(days));
  }

  @Override
  public int compareTo(MarketDay other) {
    return date.compareTo(other.date);
  }

  @Override
  public String toString() {
    return date.toString();
  }
}
