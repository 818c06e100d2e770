package org.convergence.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.time.Interval;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;
import org.junit.jupiter.api.Test;

/** The baseline reproduces the seed's formulas. */
class SeedEnergyModelTest {
  @Test
  void windIsTwoTurbinesOnTheLogSpaceCurveWithStrictCutIn() {
    assertThat(SeedEnergyModel.windW(10)).isCloseTo(2 * 50.3e3, within(1e-6));
    assertThat(SeedEnergyModel.windW(3.5)).isZero();
    assertThat(SeedEnergyModel.windW(25)).isZero();
    double expected = 2 * (Math.exp(0.5 * Math.log(7.7e3 + 1) + 0.5 * Math.log(15.1e3 + 1)) - 1);
    assertThat(SeedEnergyModel.windW(5.5)).isCloseTo(expected, within(1e-6));
  }

  @Test
  void demandIsTheSeedsHalfHourlyEnergyAsPower() {
    Interval working = Interval.of(Instant.parse("2022-03-15T10:00:00Z"), java.time.Duration.ofMinutes(30));
    Interval night = Interval.of(Instant.parse("2022-03-15T22:00:00Z"), java.time.Duration.ofMinutes(30));
    SeedEnergyModel m = new SeedEnergyModel(new GeoLocation(52.1051, -3.668, 250));
    List<HalfHourEstimate> e = m.estimate(new WeatherForecast("t", Instant.EPOCH, 10, List.of(
        new WeatherSample(working, 10, 5, Double.NaN, Double.NaN, Double.NaN, 50, 1000, false))));
    // 100 + 5 + 10 + (90 - 6 x 10) kWh per half-hour
    assertThat(e.get(0).demandKw()).isCloseTo((100 + 15 + 30) / 0.5, within(1e-9));
    List<HalfHourEstimate> n = m.estimate(new WeatherForecast("t", Instant.EPOCH, 10, List.of(
        new WeatherSample(night, -10, 5, Double.NaN, Double.NaN, Double.NaN, 50, 1000, false))));
    assertThat(n.get(0).demandKw()).isCloseTo(200, within(1e-9));
    assertThat(n.get(0).solarKw()).isZero();
  }
}
