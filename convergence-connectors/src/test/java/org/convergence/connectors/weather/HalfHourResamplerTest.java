package org.convergence.connectors.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;
import org.junit.jupiter.api.Test;

class HalfHourResamplerTest {
  private static final MarketDay DAY = MarketDay.of(2026, 6, 21);
  private static final Instant ISSUED = Instant.parse("2026-06-20T06:00:00Z");

  /** 25 hourly steps over the day: temperature = hour index, wind 2 x index, GHI (preceding-hour mean) 40 x index. */
  private static List<HourlyWeather> ramp() {
    List<HourlyWeather> steps = new ArrayList<>();
    for (int i = 0; i <= 24; i++) {
      steps.add(new HourlyWeather(DAY.deliveryStart().plus(Duration.ofHours(i)), i, 2 * i, 1000, 50, 40 * i,
          50 * i, 10 * i));
    }
    return steps;
  }

  @Test
  void pointValuesAtMidpointsAndIrradianceAsHourMeans() {
    WeatherForecast f = HalfHourResampler.forecast("test", ISSUED, 10, DAY, ramp());
    assertThat(f.samples()).hasSize(48);
    for (int k = 0; k < 48; k++) {
      WeatherSample s = f.samples().get(k);
      double midpointHours = k * 0.5 + 0.25;
      assertThat(s.airTemperatureC()).isCloseTo(midpointHours, within(1e-12));
      assertThat(s.windSpeedMps()).isCloseTo(2 * midpointHours, within(1e-12));
      assertThat(s.pressureHpa()).isEqualTo(1000);
      // half-hour k lies in the hour ending at step k/2 + 1
      assertThat(s.ghiWm2()).isEqualTo(40 * (k / 2 + 1));
      assertThat(s.dniWm2()).isEqualTo(50 * (k / 2 + 1));
      assertThat(s.dhiWm2()).isEqualTo(10 * (k / 2 + 1));
      assertThat(s.interpolated()).isTrue();
    }
  }

  @Test
  void aMissingStepLeavesGapsOnlyWhereItIsNeeded() {
    List<HourlyWeather> steps = new ArrayList<>(ramp());
    steps.remove(10); // the step at deliveryStart + 10 h
    WeatherForecast f = HalfHourResampler.forecast("test", ISSUED, 10, DAY, steps);
    // temperature: the four half-hours with midpoints in (9 h, 11 h) need it
    assertThat(f.samples().subList(18, 22)).allSatisfy(s -> assertThat(s.airTemperatureC()).isNaN());
    assertThat(f.samples().get(17).airTemperatureC()).isNotNaN();
    assertThat(f.samples().get(22).airTemperatureC()).isNotNaN();
    // irradiance: only the two half-hours of the hour ending at 10 h
    assertThat(f.samples().subList(18, 20)).allSatisfy(s -> assertThat(s.ghiWm2()).isNaN());
    assertThat(f.samples().get(20).ghiWm2()).isEqualTo(440);
  }

  @Test
  void rejectsStepsOffTheHourAndDuplicates() {
    List<HourlyWeather> off = List.of(HourlyWeather.points(DAY.deliveryStart().plusSeconds(1800), 1, 1, 1000));
    assertThatThrownBy(() -> HalfHourResampler.forecast("src", ISSUED, 10, DAY, off))
        .hasMessageContaining("src: hourly step").hasMessageContaining("not on a whole hour");
    List<HourlyWeather> twice = List.of(HourlyWeather.points(DAY.deliveryStart(), 1, 1, 1000),
        HourlyWeather.points(DAY.deliveryStart(), 2, 1, 1000));
    assertThatThrownBy(() -> HalfHourResampler.forecast("src", ISSUED, 10, DAY, twice))
        .hasMessageContaining("two hourly steps");
  }
}
