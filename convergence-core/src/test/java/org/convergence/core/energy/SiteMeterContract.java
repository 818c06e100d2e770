package org.convergence.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.SettableClock;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link SiteMeter} follows. An implementation's test extends this class and says how to make a
 * meter that measures the given recorded readings on the given clock. Shipped in core's test-jar.
 */
public abstract class SiteMeterContract {
  protected static final MarketDay DAY = MarketDay.of(2022, 3, 15);

  /** A meter over {@code readings} (as the site recorded them) that knows the time by {@code clock}. */
  protected abstract SiteMeter meter(List<SiteReading> readings, Clock clock);

  /** Net power of the readings of hour h, kW: the same in both half-hours, so every meter averages alike. */
  protected static double netKw(int hour) {
    return 10.0 * hour - 120.0;
  }

  /** Two readings per hour, at :10 and :40 of each hour of DAY (and the hours around it). */
  protected static List<SiteReading> everyHalfHour() {
    List<SiteReading> out = new ArrayList<>();
    for (Instant t = DAY.deliveryStart().minus(Duration.ofHours(2)); t.isBefore(DAY.deliveryEnd().plus(
        Duration.ofHours(2))); t = t.plus(Duration.ofMinutes(30))) {
      int hour = t.isBefore(DAY.deliveryStart()) || !t.isBefore(DAY.deliveryEnd()) ? 1 : DAY.hourAt(t).value();
      double net = netKw(hour);
      // wind 100 + net, demand 100 (office 40, computing 60): net = wind - demand
      out.add(new SiteReading(t.plus(Duration.ofMinutes(10)), 100 + net, 0.0, 40.0, 60.0, 20.0));
    }
    return out;
  }

  @Test
  void aDeliveredDayWithReadingsHasTheNetOfEachHour() {
    SiteMeter meter = meter(everyHalfHour(), new SettableClock(DAY.deliveryEnd().plus(Duration.ofHours(3))));

    MeteredDay d = meter.meter(DAY);

    assertThat(d.isComplete()).as(d.missing()).isTrue();
    assertThat(d.day()).isEqualTo(DAY);
    for (HourId h : HourId.all()) {
      assertThat(d.hourlyNetMWh().orElseThrow().get(h.index())).as("%s", h)
          .isCloseTo(netKw(h.value()) / 1000.0, within(1e-9));
    }
  }

  @Test
  void aDayWithoutReadingsIsMissingAndSaysWhy() {
    SiteMeter meter = meter(List.of(), new SettableClock(DAY.deliveryEnd().plus(Duration.ofHours(3))));

    MeteredDay d = meter.meter(DAY);

    assertThat(d.isComplete()).isFalse();
    assertThat(d.hourlyNetMWh()).isEmpty();
    assertThat(d.missing()).isNotBlank();
  }

  @Test
  void aDayNotYetDeliveredIsMissingEvenWithReadingsOfItsEarlyHours() {
    SettableClock clock = new SettableClock(DAY.hour(HourId.of(12)).end());
    SiteMeter meter = meter(everyHalfHour(), clock);

    assertThat(meter.meter(DAY).isComplete()).isFalse();
    clock.set(DAY.deliveryEnd().plus(Duration.ofHours(3)));
    assertThat(meter.meter(DAY).isComplete()).isTrue();
  }

  @Test
  void aGapOfSeveralHoursLeavesTheDayMissing() {
    List<SiteReading> gappy = everyHalfHour().stream()
        .filter(r -> r.time().isBefore(DAY.hour(HourId.of(8)).start())
            || !r.time().isBefore(DAY.hour(HourId.of(14)).end()))
        .toList();
    SiteMeter meter = meter(gappy, new SettableClock(DAY.deliveryEnd().plus(Duration.ofHours(3))));

    assertThat(meter.meter(DAY).isComplete()).isFalse();
  }
}
