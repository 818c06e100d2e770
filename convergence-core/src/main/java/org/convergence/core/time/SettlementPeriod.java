package org.convergence.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A GB settlement period: half-hours counted from 1 at 00:00 UK local time of the settlement date. A day has 48
 * periods, 46 on the spring clock change and 50 on the autumn one. GB price data comes in this form.
 */
public record SettlementPeriod(LocalDate settlementDate, int period) {
  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  public SettlementPeriod {
    Objects.requireNonNull(settlementDate, "settlementDate");
    int max = periodsIn(settlementDate);
    if (period < 1 || period > max) {
      throw new IllegalArgumentException(
          "settlement period of " + settlementDate + " must be between 1 and " + max + ", was " + period);
    }
  }

  /** Number of settlement periods in a settlement date: 46, 48 or 50. */
  public static int periodsIn(LocalDate settlementDate) {
    Instant start = settlementDate.atStartOfDay(UK).toInstant();
    Instant end = settlementDate.plusDays(1).atStartOfDay(UK).toInstant();
    return (int) (Duration.between(start, end).toMinutes() / 30);
  }

  /** The settlement period whose half-hour contains the instant. */
  public static SettlementPeriod containing(Instant instant) {
    LocalDate date = instant.atZone(UK).toLocalDate();
    Instant dayStart = date.atStartOfDay(UK).toInstant();
    int period = (int) (Duration.between(dayStart, instant).toMinutes() / 30) + 1;
    return new SettlementPeriod(date, period);
  }

  public Instant start() {
    return settlementDate.atStartOfDay(UK).toInstant().plus(HALF_HOUR.multipliedBy(period - 1L));
  }

  public Interval interval() {
    return Interval.of(start(), HALF_HOUR);
  }
}
