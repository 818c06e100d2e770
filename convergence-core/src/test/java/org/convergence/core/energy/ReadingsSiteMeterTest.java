package org.convergence.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.convergence.core.time.SettableClock;
import org.junit.jupiter.api.Test;

/** {@link SiteMeter#of} over readings in memory, and {@link SiteMeter#firstComplete}. */
class ReadingsSiteMeterTest extends SiteMeterContract {
  @Override
  protected SiteMeter meter(List<SiteReading> readings, Clock clock) {
    return SiteMeter.of("in memory", SiteReadings.of(readings), clock);
  }

  @Test
  void theFirstCompleteMeterCountsAndAMissingDayNamesEveryMetersReason() {
    SettableClock clock = new SettableClock(DAY.deliveryEnd().plus(Duration.ofHours(3)));
    SiteMeter empty = SiteMeter.of("exchange", SiteReadings.of(List.of()), clock);
    SiteMeter full = SiteMeter.of("imported readings", SiteReadings.of(everyHalfHour()), clock);

    MeteredDay d = SiteMeter.firstComplete(List.of(empty, full)).meter(DAY);
    assertThat(d.isComplete()).isTrue();
    assertThat(d.source()).isEqualTo("imported readings");
    assertThat(d.readings()).isNotEmpty();

    MeteredDay none = SiteMeter.firstComplete(List.of(empty, empty)).meter(DAY);
    assertThat(none.isComplete()).isFalse();
    assertThat(none.missing()).contains("exchange has no reading for " + DAY + " hours [1, 2");
    assertThat(SiteMeter.firstComplete(List.of()).meter(DAY).missing()).contains("no meter source");
  }
}
