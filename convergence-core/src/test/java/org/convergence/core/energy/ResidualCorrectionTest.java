package org.convergence.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convergence.core.energy.ResidualCorrection.Offsets;
import org.convergence.core.energy.ResidualCorrection.Residual;
import org.convergence.core.time.Interval;
import org.junit.jupiter.api.Test;

class ResidualCorrectionTest {
  static final Instant AS_OF = Instant.parse("2022-03-10T08:30:00Z");

  /** A half-hour ending {@code daysBefore} days before the as-of time. */
  static Interval endingDaysBefore(double daysBefore) {
    Instant end = AS_OF.minusSeconds(Math.round(daysBefore * 86_400));
    return new Interval(end.minus(Duration.ofMinutes(30)), end);
  }

  static final List<Residual> TWO = List.of(
      // age 1 day: wind model - read = +10, solar 100 vs 80, demand 230 vs 240
      new Residual(endingDaysBefore(1), 50, 100, 230, 40, 80, 240),
      // age 2 days: wind -10, solar 200 vs 100, demand 230 vs 240
      new Residual(endingDaysBefore(2), 30, 200, 230, 40, 100, 240));

  @Test
  void exponentiallyWeightedBiasesAndRatioByHand() {
    // half-life 1 day: weights 0.5 and 0.25
    Offsets o = new ResidualCorrection(1, 1, 1, 1, 1, 1, 14).learn(TWO, AS_OF);
    assertThat(o.windBiasKw()).isCloseTo((0.5 * 10 + 0.25 * -10) / 0.75, within(1e-9)); // 3.333
    assertThat(o.solarRatio()).isCloseTo((0.5 * 80 + 0.25 * 100) / (0.5 * 100 + 0.25 * 200), within(1e-9)); // 0.65
    assertThat(o.demandBiasKw()).isCloseTo(-10, within(1e-9));
    assertThat(o.halfHours()).isEqualTo(2);
  }

  @Test
  void longerHalfLifeWeighsTheOlderDayMore() {
    // half-life 2 days: weights 2^-0.5 = 0.7071 and 0.5 -> wind (7.071 - 5) / 1.2071 = 1.7157
    Offsets o = new ResidualCorrection(2, 1, 0, 1, 0, 1, 14).learn(TWO, AS_OF);
    assertThat(o.windBiasKw()).isCloseTo((Math.sqrt(0.5) * 10 - 0.5 * 10) / (Math.sqrt(0.5) + 0.5), within(1e-9));
    assertThat(o.solarRatio()).isEqualTo(1.0); // solar off
    assertThat(o.demandBiasKw()).isEqualTo(0.0); // demand off
  }

  @Test
  void shrinkageScalesTheOffsetsTowardsNone() {
    Offsets o = new ResidualCorrection(1, 0.5, 1, 0.5, 1, 0.5, 14).learn(TWO, AS_OF);
    assertThat(o.windBiasKw()).isCloseTo(2.5 / 0.75 / 2, within(1e-9)); // 1.667
    assertThat(o.solarRatio()).isCloseTo(1 + 0.5 * (0.65 - 1), within(1e-9)); // 0.825
    assertThat(o.demandBiasKw()).isCloseTo(-5, within(1e-9));
  }

  @Test
  void onlyHalfHoursEndedByTheAsOfTimeAndInsideTheWindowCount() {
    List<Residual> more = new java.util.ArrayList<>(TWO);
    // ends 1 minute after the as-of time: not known yet
    Instant late = AS_OF.plusSeconds(60);
    more.add(new Residual(new Interval(late.minus(Duration.ofMinutes(30)), late), 500, 400, 0, 0, 0, 900));
    // a 2-day window: the age-2 half-hour ends exactly at its edge
    Offsets o = new ResidualCorrection(1, 1, 1, 1, 1, 1, 2).learn(more, AS_OF);
    // the age-2 half-hour ends exactly window days before: excluded (window is (asOf - window, asOf])
    assertThat(o.windBiasKw()).isCloseTo(10, within(1e-9));
    assertThat(o.solarRatio()).isCloseTo(0.8, within(1e-9));
    assertThat(o.demandBiasKw()).isCloseTo(-10, within(1e-9));
    assertThat(o.halfHours()).isEqualTo(1);
  }

  @Test
  void nightSolarCarriesNoRatioAndTheRatioIsCapped() {
    List<Residual> night = List.of(new Residual(endingDaysBefore(1), 10, 0.5, 230, 10, 3, 230));
    assertThat(new ResidualCorrection(1, 1, 1, 1, 1, 1, 14).learn(night, AS_OF).solarRatio()).isEqualTo(1.0);
    List<Residual> bright = List.of(new Residual(endingDaysBefore(1), 10, 10, 230, 10, 300, 230));
    assertThat(new ResidualCorrection(1, 1, 1, 1, 1, 1, 14).learn(bright, AS_OF).solarRatio())
        .isEqualTo(ResidualCorrection.MAX_SOLAR_RATIO);
  }

  @Test
  void offOrNoResidualsGivesNoCorrection() {
    assertThat(ResidualCorrection.OFF.learn(TWO, AS_OF)).isEqualTo(Offsets.NONE);
    assertThat(ResidualCorrection.OFF.isOff()).isTrue();
    assertThat(new ResidualCorrection(1, 1, 1, 1, 1, 1, 14).learn(List.of(), AS_OF)).isEqualTo(Offsets.NONE);
  }

  @Test
  void applyingSubtractsBiasesMultipliesSolarAndKeepsPowersNonNegative() {
    Offsets o = new Offsets(3, 0.5, -10, 2);
    Interval i = endingDaysBefore(0);
    HalfHourEstimate e = o.apply(new HalfHourEstimate(i, 2, 100, 230, 40, false));
    assertThat(e.windKw()).isEqualTo(0.0); // 2 - 3 clamped
    assertThat(e.solarKw()).isEqualTo(50.0);
    assertThat(e.demandKw()).isEqualTo(240.0);
    assertThat(e.heatingKw()).isEqualTo(40.0);
    EnergyInterval kwh = o.apply(new EnergyInterval(i, 10, 20, 115));
    assertThat(kwh.windKWh()).isEqualTo(8.5); // 10 kWh - 3 kW x 0.5 h
    assertThat(kwh.solarKWh()).isEqualTo(10.0);
    assertThat(kwh.demandKWh()).isEqualTo(120.0); // 115 + 10 kW x 0.5 h
    HalfHourEstimate gap = o.apply(new HalfHourEstimate(i, Double.NaN, 100, 230, 0, false));
    assertThat(gap.complete()).isFalse();
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> new ResidualCorrection(-1, 1, 0, 1, 0, 1, 14)).hasMessageContaining("half-lives");
    assertThatThrownBy(() -> new ResidualCorrection(1, 1, 0, 1, 0, 1, 0)).hasMessageContaining("window");
    assertThatThrownBy(() -> new ResidualCorrection(1, 1, 0, 1.5, 0, 1, 14)).hasMessageContaining("shrinkages");
    // a shrinkage of 0 switches its component off
    assertThat(new ResidualCorrection(1, 0, 1, 0, 1, 0, 14).learn(TWO, AS_OF)).isEqualTo(Offsets.NONE);
  }
}
