package org.convergence.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convergence.core.energy.ResidualCorrection.Offsets;
import org.convergence.core.energy.ResidualCorrection.Residual;
import org.convergence.core.site.PowerCurve;
import org.convergence.core.site.WindFarmSpec;
import org.convergence.core.time.Interval;
import org.convergence.core.wind.PowerCurves;
import org.convergence.core.wind.WindFarmModel;
import org.convergence.core.wind.WindProfile;
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
    Offsets o = new ResidualCorrection(1, 1, 0, 0, 1, 1, 1, 1, 14).learn(TWO, AS_OF, null);
    assertThat(o.windBiasKw()).isCloseTo((0.5 * 10 + 0.25 * -10) / 0.75, within(1e-9)); // 3.333
    assertThat(o.solarRatio()).isCloseTo((0.5 * 80 + 0.25 * 100) / (0.5 * 100 + 0.25 * 200), within(1e-9)); // 0.65
    assertThat(o.demandBiasKw()).isCloseTo(-10, within(1e-9));
    assertThat(o.halfHours()).isEqualTo(2);
  }

  @Test
  void longerHalfLifeWeighsTheOlderDayMore() {
    // half-life 2 days: weights 2^-0.5 = 0.7071 and 0.5 -> wind (7.071 - 5) / 1.2071 = 1.7157
    Offsets o = new ResidualCorrection(2, 1, 0, 0, 0, 1, 0, 1, 14).learn(TWO, AS_OF, null);
    assertThat(o.windBiasKw()).isCloseTo((Math.sqrt(0.5) * 10 - 0.5 * 10) / (Math.sqrt(0.5) + 0.5), within(1e-9));
    assertThat(o.solarRatio()).isEqualTo(1.0); // solar off
    assertThat(o.demandBiasKw()).isEqualTo(0.0); // demand off
  }

  @Test
  void shrinkageScalesTheOffsetsTowardsNone() {
    Offsets o = new ResidualCorrection(1, 0.5, 0, 0, 1, 0.5, 1, 0.5, 14).learn(TWO, AS_OF, null);
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
    Offsets o = new ResidualCorrection(1, 1, 0, 0, 1, 1, 1, 1, 2).learn(more, AS_OF, null);
    // the age-2 half-hour ends exactly window days before: excluded (window is (asOf - window, asOf])
    assertThat(o.windBiasKw()).isCloseTo(10, within(1e-9));
    assertThat(o.solarRatio()).isCloseTo(0.8, within(1e-9));
    assertThat(o.demandBiasKw()).isCloseTo(-10, within(1e-9));
    assertThat(o.halfHours()).isEqualTo(1);
  }

  @Test
  void nightSolarCarriesNoRatioAndTheRatioIsCapped() {
    List<Residual> night = List.of(new Residual(endingDaysBefore(1), 10, 0.5, 230, 10, 3, 230));
    assertThat(new ResidualCorrection(1, 1, 0, 0, 1, 1, 1, 1, 14).learn(night, AS_OF, null).solarRatio())
        .isEqualTo(1.0);
    List<Residual> bright = List.of(new Residual(endingDaysBefore(1), 10, 10, 230, 10, 300, 230));
    assertThat(new ResidualCorrection(1, 1, 0, 0, 1, 1, 1, 1, 14).learn(bright, AS_OF, null).solarRatio())
        .isEqualTo(ResidualCorrection.MAX_SOLAR_RATIO);
  }

  @Test
  void offOrNoResidualsGivesNoCorrection() {
    assertThat(ResidualCorrection.OFF.learn(TWO, AS_OF, null)).isEqualTo(Offsets.NONE);
    assertThat(ResidualCorrection.OFF.isOff()).isTrue();
    assertThat(new ResidualCorrection(1, 1, 0, 0, 1, 1, 1, 1, 14).learn(List.of(), AS_OF, null))
        .isEqualTo(Offsets.NONE);
  }

  @Test
  void applyingSubtractsBiasesMultipliesSolarAndKeepsPowersNonNegative() {
    Offsets o = new Offsets(1, null, 3, 0.5, -10, 2);
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
    assertThatThrownBy(() -> new ResidualCorrection(-1, 1, 0, 0, 0, 1, 0, 1, 14)).hasMessageContaining("half-lives");
    assertThatThrownBy(() -> new ResidualCorrection(1, 1, 0, 0, 0, 1, 0, 1, 0)).hasMessageContaining("window");
    assertThatThrownBy(() -> new ResidualCorrection(1, 1, 0, 0, 0, 1.5, 0, 1, 14)).hasMessageContaining("shrinkages");
    // a shrinkage of 0 switches its component off
    assertThat(new ResidualCorrection(1, 0, 0, 0, 1, 0, 1, 0, 14).learn(TWO, AS_OF, null)).isEqualTo(Offsets.NONE);
  }

  static final WindFarmModel FARM = new WindFarmModel(new WindFarmSpec(6, 30, new PowerCurve(
      List.of(0.0, 3.0, 5.0, 10.0, 15.0), List.of(0.0, 0.0, 10.0, 50.0, 60.0)), 3.5, 25, 1,
      WindProfile.Law.LOGARITHMIC, 0.15, PowerCurves.Interpolation.LINEAR, 1, 0));

  /** Residuals whose metered wind is the farm at {@code trueRatio} x the modelled hub speed (4..12 m/s). */
  static List<Residual> windAtRatio(double trueRatio) {
    List<Residual> out = new java.util.ArrayList<>();
    for (int k = 0; k < 40; k++) {
      double hub = 4 + k * 0.2;
      out.add(new Residual(endingDaysBefore(0.1 + k * 0.05), FARM.farmKw(hub), 0, 230,
          FARM.farmKw(trueRatio * hub), 0, 230));
    }
    // calm and rated half-hours: the same power under every ratio
    out.add(new Residual(endingDaysBefore(0.5), 0, 0, 230, 0, 0, 230));
    out.add(new Residual(endingDaysBefore(0.6), FARM.farmKw(20), 0, 230, FARM.farmKw(20), 0, 230));
    return out;
  }

  @Test
  void windSpeedRatioIsTheOneThatFitsTheMeteredWind() {
    ResidualCorrection speedOnly = new ResidualCorrection(0, 0, 1, 1, 0, 0, 0, 0, 14);
    Offsets o = speedOnly.learn(windAtRatio(0.8), AS_OF, FARM);
    assertThat(o.windSpeedRatio()).isCloseTo(0.8, within(1e-9));
    assertThat(o.windBiasKw()).isZero();
    assertThat(o.halfHours()).isEqualTo(42);
    // applied: a modelled 8 m/s becomes the farm at 6.4 m/s
    HalfHourEstimate e = o.apply(new HalfHourEstimate(endingDaysBefore(-1), FARM.farmKw(8), 0, 230, 0, false));
    assertThat(e.windKw()).isCloseTo(FARM.farmKw(6.4), within(1e-3));
    EnergyInterval kwh = o.apply(new EnergyInterval(endingDaysBefore(-1), FARM.farmKw(8) / 2, 0, 115));
    assertThat(kwh.windKWh()).isCloseTo(FARM.farmKw(6.4) / 2, within(1e-3));
    // shrinkage 0.5 applies half the ratio's departure from 1
    assertThat(new ResidualCorrection(0, 0, 1, 0.5, 0, 0, 0, 0, 14).learn(windAtRatio(0.8), AS_OF, FARM)
        .windSpeedRatio()).isCloseTo(0.9, within(1e-9));
    // a faster site than forecast
    assertThat(speedOnly.learn(windAtRatio(1.2), AS_OF, FARM).windSpeedRatio()).isCloseTo(1.2, within(1e-9));
  }

  @Test
  void windBiasIsLearntAfterTheSpeedRatio() {
    // the metered wind is exactly the farm at 0.8 x the speed: once rescaled, no bias is left
    Offsets o = new ResidualCorrection(1, 1, 1, 1, 0, 0, 0, 0, 14).learn(windAtRatio(0.8), AS_OF, FARM);
    assertThat(o.windSpeedRatio()).isCloseTo(0.8, within(1e-9));
    assertThat(o.windBiasKw()).isCloseTo(0, within(1e-3));
  }

  @Test
  void theSpeedRatioNeedsTheFarmsModel() {
    assertThatThrownBy(() -> new ResidualCorrection(0, 0, 1, 1, 0, 0, 0, 0, 14).learn(TWO, AS_OF, null))
        .hasMessageContaining("farm's model");
    assertThatThrownBy(() -> new Offsets(0.9, null, 0, 1, 0, 0)).hasMessageContaining("farm's model");
    assertThat(new ResidualCorrection(0, 0, 1, 1, 0, 0, 0, 0, 14).isOff()).isFalse();
    assertThat(new ResidualCorrection(0, 0, 1, 0, 0, 0, 0, 0, 14).isOff()).isTrue();
  }
}
