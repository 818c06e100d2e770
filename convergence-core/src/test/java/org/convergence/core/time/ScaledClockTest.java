package org.convergence.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScaledClockTest {
  private static final Instant START = Instant.parse("2022-03-14T08:00:00Z");

  @Test
  void runsSpeedTimesAsFastAsItsBase() {
    SettableClock real = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    ScaledClock clock = new ScaledClock(START, 3600, real);

    assertThat(clock.instant()).isEqualTo(START);
    real.advance(Duration.ofSeconds(2));
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(2)));
    real.advance(Duration.ofMillis(500));
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(150)));
  }

  @Test
  void speedOneIsRealTime() {
    SettableClock real = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    ScaledClock clock = new ScaledClock(START, 1, real);
    real.advance(Duration.ofMillis(1234));
    assertThat(clock.instant()).isEqualTo(START.plusMillis(1234));
  }

  @Test
  void aSpeedMustBePositive() {
    assertThatThrownBy(() -> ScaledClock.startingAt(START, 0)).hasMessageContaining("speed");
    assertThatThrownBy(() -> ScaledClock.startingAt(START, Double.NaN)).hasMessageContaining("speed");
  }
}
