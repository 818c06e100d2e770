package org.convergence.core.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.time.Interval;
import org.junit.jupiter.api.Test;

class CarbonSavingsTest {
  private static final Instant T0 = Instant.parse("2018-01-20T12:00:00Z");

  private static Interval half(int i) {
    return Interval.of(T0.plus(Duration.ofMinutes(30L * i)), Duration.ofMinutes(30));
  }

  @Test
  void generationTimesIntensity() {
    // 100 kWh wind + 20 kWh solar at 266 gCO2/kWh (actual unknown) and 50 kWh at 263 actual (forecast 250)
    List<EnergyInterval> energy = List.of(new EnergyInterval(half(0), 100, 20, 500),
        new EnergyInterval(half(1), 50, 0, 500));
    List<CarbonIntensity> ci = List.of(new CarbonIntensity(half(0), 266, Double.NaN, "moderate"),
        new CarbonIntensity(half(1), 250, 263, "moderate"));
    CarbonSavings s = CarbonSavings.of(energy, ci);
    assertThat(s.savedKgCo2()).isCloseTo((120 * 266 + 50 * 263) / 1000.0, within(1e-9));
    assertThat(s.generationKWh()).isEqualTo(170);
    assertThat(s.uncoveredKWh()).isZero();
  }

  @Test
  void hourlyEnergyIsWeighedAgainstBothHalfHours() {
    List<EnergyInterval> energy = List.of(new EnergyInterval(Interval.of(T0, Duration.ofHours(1)), 200, 0, 0));
    List<CarbonIntensity> ci = List.of(new CarbonIntensity(half(0), 100, Double.NaN, ""),
        new CarbonIntensity(half(1), 300, Double.NaN, ""));
    assertThat(CarbonSavings.of(energy, ci).savedKgCo2()).isCloseTo(200 * 200 / 1000.0, within(1e-9));
  }

  @Test
  void generationWithoutIntensityIsReportedNotGuessed() {
    List<EnergyInterval> energy = List.of(new EnergyInterval(Interval.of(T0, Duration.ofHours(1)), 200, 0, 0));
    List<CarbonIntensity> ci = List.of(new CarbonIntensity(half(0), 100, Double.NaN, ""),
        new CarbonIntensity(half(1), Double.NaN, Double.NaN, ""));
    CarbonSavings s = CarbonSavings.of(energy, ci);
    assertThat(s.savedKgCo2()).isCloseTo(10, within(1e-9));
    assertThat(s.uncoveredKWh()).isCloseTo(100, within(1e-9));
  }

  @Test
  void rejectsImpossibleIntensity() {
    assertThatThrownBy(() -> new CarbonIntensity(half(0), -5, Double.NaN, ""))
        .hasMessageContaining("forecast carbon intensity must be within");
  }
}
