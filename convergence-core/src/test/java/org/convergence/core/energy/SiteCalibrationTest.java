package org.convergence.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convergence.core.site.SiteSpec;
import org.convergence.core.site.WindFarmSpec;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;
import org.junit.jupiter.api.Test;

/** Calibration recovers parameters from readings the model itself produced. */
class SiteCalibrationTest {
  @Test
  void recoversTheSpeedFactorThatProducedTheReadings() {
    MarketDay day = MarketDay.of(2022, 3, 15);
    List<WeatherSample> samples = new ArrayList<>();
    int k = 0;
    for (Interval i : day.halfHours()) {
      double wind = 1 + 7 * Math.abs(Math.sin(k++ / 7.0)); // 1..8 m/s, across cut-in and the steep part
      samples.add(new WeatherSample(i, 8, wind, Double.NaN, Double.NaN, Double.NaN, 40, 1000, false));
    }
    WeatherForecast weather = new WeatherForecast("test", day.gateClosure(), 10, samples);
    SiteSpec truth = withSpeedFactor(SiteEnergyModelTest.SITE, 1.35);
    Map<Instant, SiteReading> readings = new HashMap<>();
    for (HalfHourEstimate e : new SiteEnergyModel(truth).estimate(weather)) {
      readings.put(e.interval().start(), new SiteReading(e.interval().start(), e.windKw(), e.solarKw(),
          e.demandKw() - 200, 200, Double.NaN));
    }
    SiteCalibration.Result r = new SiteCalibration(weather, readings, day.delivery()).calibrate(withSpeedFactor(truth, 1.0));
    assertThat(r.site().wind().speedFactor()).isCloseTo(1.35, within(0.051));
    assertThat(r.steps()).anySatisfy(s -> {
      assertThat(s.parameter()).isEqualTo("speed_factor");
      assertThat(s.maeKw()).isLessThan(1.0);
    });
  }

  @Test
  void usesOnlyTheReadingsOfItsPeriod() {
    MarketDay march = MarketDay.of(2022, 3, 31);
    MarketDay april = march.plusDays(1);
    List<WeatherSample> samples = new ArrayList<>();
    int k = 0;
    for (MarketDay d : List.of(march, april)) {
      for (Interval i : d.halfHours()) {
        double wind = 1 + 7 * Math.abs(Math.sin(k++ / 7.0));
        samples.add(new WeatherSample(i, 8, wind, Double.NaN, Double.NaN, Double.NaN, 40, 1000, false));
      }
    }
    WeatherForecast weather = new WeatherForecast("test", march.gateClosure(), 10, samples);
    SiteSpec truth = withSpeedFactor(SiteEnergyModelTest.SITE, 1.35);
    Map<Instant, SiteReading> marchOnly = new HashMap<>();
    Map<Instant, SiteReading> withApril = new HashMap<>();
    for (HalfHourEstimate e : new SiteEnergyModel(truth).estimate(weather)) {
      Instant t = e.interval().start();
      if (march.delivery().contains(t)) {
        SiteReading r = new SiteReading(t, e.windKw(), e.solarKw(), e.demandKw() - 200, 200, Double.NaN);
        marchOnly.put(t, r);
        withApril.put(t, r);
      } else {
        withApril.put(t, new SiteReading(t, 0, 400, -150, 200, Double.NaN)); // April: far from the model
      }
    }
    SiteSpec start = withSpeedFactor(truth, 1.0);
    SiteCalibration onMarch = new SiteCalibration(weather, withApril, march.delivery());
    assertThat(onMarch.readingsUsed()).hasSize(48).allSatisfy((t, r) -> assertThat(march.delivery().contains(t))
        .isTrue());
    assertThat(onMarch.calibrate(start)).isEqualTo(
        new SiteCalibration(weather, marchOnly, march.delivery()).calibrate(start));
    // the April rows would change the fit if they were used
    assertThat(new SiteCalibration(weather, withApril, new Interval(march.deliveryStart(), april.deliveryEnd()))
        .calibrate(start).site().wind().speedFactor()).isNotEqualTo(onMarch.calibrate(start).site().wind()
        .speedFactor());
  }

  static SiteSpec withSpeedFactor(SiteSpec s, double f) {
    WindFarmSpec w = s.wind();
    return new SiteSpec(s.name(), s.location(), s.grid(), new WindFarmSpec(w.turbines(), w.hubHeightM(),
        w.powerCurve(), w.cutInMps(), w.cutOutMps(), w.availability(), w.profile(), w.roughnessLengthM(),
        w.interpolation(), f, w.speedUncertainty()), s.solar(), s.demand(), s.correction());
  }
}
