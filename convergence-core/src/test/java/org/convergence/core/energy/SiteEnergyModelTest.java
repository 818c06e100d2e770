package org.convergence.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.demand.OfficeThermalModel;
import org.convergence.core.demand.WorkingCalendar;
import org.convergence.core.market.GridConnection;
import org.convergence.core.site.DemandSpec;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.site.HeatingSpec;
import org.convergence.core.site.PowerCurve;
import org.convergence.core.site.SiteSpec;
import org.convergence.core.site.SolarArraySpec;
import org.convergence.core.site.WindFarmSpec;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;
import org.convergence.core.wind.PowerCurves;
import org.convergence.core.wind.WindProfile;
import org.junit.jupiter.api.Test;

class SiteEnergyModelTest {
  static final HeatingSpec HEATING = new HeatingSpec(120, 22, 12, 3.3, 5, 9.5);
  static final DemandSpec DEMAND = new DemandSpec(200, 20, 10, 0, LocalTime.of(9, 0), LocalTime.of(17, 30),
      ZoneOffset.UTC, "GB-WLS", false, HEATING);
  static final SiteSpec SITE = new SiteSpec("test", new GeoLocation(52.1051, -3.668, 250),
      new GridConnection(1.0, 1.0),
      new WindFarmSpec(6, 30, new PowerCurve(List.of(0.0, 3.0, 5.0, 10.0, 15.0), List.of(0.0, 0.0, 10.0, 50.0, 60.0)),
          3.5, 25, 1, WindProfile.Law.LOGARITHMIC, 0.15, PowerCurves.Interpolation.LINEAR, 1.5, 0.3),
      new SolarArraySpec(1400, 1.712976, 0.196, 45, 180, 335, -0.0037, 0.3, 450, 3, 0.25, 0.75, 2,
          java.util.List.of(0.0)),
      DEMAND, ResidualCorrection.OFF);
  static final MarketDay DAY = MarketDay.of(2022, 6, 21);

  static WeatherForecast weather(double cloudPct, double tempC, double windMps) {
    List<WeatherSample> s = new ArrayList<>();
    for (Interval i : DAY.minusDays(1).delivery().start() == null ? List.<Interval>of() : halfHours()) {
      s.add(new WeatherSample(i, tempC, windMps, Double.NaN, Double.NaN, Double.NaN, cloudPct, 1000, false));
    }
    return new WeatherForecast("test", DAY.gateClosure(), 10, s);
  }

  static List<Interval> halfHours() {
    List<Interval> all = new ArrayList<>(DAY.previous().halfHours());
    all.addAll(DAY.halfHours());
    return all;
  }

  @Test
  void fortyEightHalfHoursNoSolarAtNightAndNeverAboveCaps() {
    EnergyForecast f = new SiteEnergyModel(SITE).forecast(DAY, weather(0, 35, 30));
    assertThat(f.halfHours()).hasSize(48);
    for (EnergyInterval e : f.halfHours()) {
      int hour = e.interval().start().atZone(ZoneOffset.UTC).getHour();
      if (hour >= 23 || hour < 2) {
        assertThat(e.solarKWh()).as(e.interval().toString()).isZero();
      }
      assertThat(e.solarKWh() / 0.5).isLessThanOrEqualTo(450 + 1e-9);
      // 30 m/s at 10 m is far above cut-out at hub height: only the forecast spread leaves a little
      assertThat(e.windKWh() / 0.5).isLessThan(0.1 * SITE.wind().ratedKw());
    }
    assertThat(f.halfHours().stream().mapToDouble(EnergyInterval::solarKWh).sum()).isGreaterThan(500);
    assertThat(f.warnings()).anyMatch(w -> w.contains("cut-out"));
    assertThat(f.warnings()).anyMatch(w -> w.contains("panel temperature"));
  }

  @Test
  void cloudsDimTheArray() {
    double clear = solarSum(weather(0, 15, 5));
    double overcast = solarSum(weather(100, 15, 5));
    assertThat(overcast).isLessThan(clear * 0.5).isGreaterThan(0);
  }

  static double solarSum(WeatherForecast w) {
    return new SiteEnergyModel(SITE).forecast(DAY, w).halfHours().stream().mapToDouble(EnergyInterval::solarKWh)
        .sum();
  }

  @Test
  void shortGapsAreInterpolatedAndFlaggedLongGapsAreErrors() {
    WeatherForecast w = weather(50, 10, 6);
    List<WeatherSample> s = new ArrayList<>(w.samples());
    WeatherSample a = s.get(60);
    s.set(60, new WeatherSample(a.interval(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        1000, false));
    EnergyForecast f = new SiteEnergyModel(SITE).forecast(DAY, new WeatherForecast("test", w.issuedAt(), 10, s));
    assertThat(f.warnings()).anyMatch(x -> x.startsWith("1 half-hour(s) had missing weather"));
    for (int i = 50; i < 75; i++) {
      WeatherSample b = s.get(i);
      s.set(i, new WeatherSample(b.interval(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, 1000, false));
    }
    assertThatThrownBy(() -> new SiteEnergyModel(SITE).forecast(DAY, new WeatherForecast("test", w.issuedAt(), 10,
        s))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gap");
  }

  @Test
  void demandIsComputingCentrePlusOfficeAndColderMeansMoreHeating() {
    EnergyForecast warm = new SiteEnergyModel(SITE).forecast(MarketDay.of(2022, 3, 15), weatherFor(
        MarketDay.of(2022, 3, 15), 25));
    EnergyForecast cold = new SiteEnergyModel(SITE).forecast(MarketDay.of(2022, 3, 15), weatherFor(
        MarketDay.of(2022, 3, 15), 0));
    double warmKWh = warm.halfHours().stream().mapToDouble(EnergyInterval::demandKWh).sum();
    double coldKWh = cold.halfHours().stream().mapToDouble(EnergyInterval::demandKWh).sum();
    assertThat(coldKWh).isGreaterThan(warmKWh);
    for (EnergyInterval e : cold.halfHours()) {
      assertThat(e.demandKWh() / 0.5).isBetween(220.0 - 1e-9, 200 + 20 + 10 + 120 + 1e-9);
    }
  }

  static WeatherForecast weatherFor(MarketDay day, double tempC) {
    List<WeatherSample> s = new ArrayList<>();
    List<Interval> all = new ArrayList<>(day.previous().halfHours());
    all.addAll(day.halfHours());
    for (Interval i : all) {
      s.add(new WeatherSample(i, tempC, 5, Double.NaN, Double.NaN, Double.NaN, 50, 1000, false));
    }
    return new WeatherForecast("test", day.gateClosure(), 10, s);
  }

  @Test
  void thermostatWarmsUpAtFullPowerThenHolds() {
    OfficeThermalModel m = new OfficeThermalModel(HEATING, 12);
    assertThat(m.step(5, true, 1.0 / 12)).isEqualTo(120);
    for (int i = 0; i < 40; i++) {
      m.step(5, true, 1.0 / 12);
    }
    assertThat(m.insideC()).isCloseTo(22, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(m.step(5, true, 1.0 / 12)).isCloseTo(5 + 3.3 * 17, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(m.step(5, false, 1.0 / 12)).isZero(); // cooling down towards 12 C
    assertThatThrownBy(() -> m.step(Double.NaN, true, 0.1)).hasMessageContaining("missing");
  }

  @Test
  void calendarKnowsWelshBankHolidaysAndChristmasClosure() {
    WorkingCalendar observing = new WorkingCalendar(new DemandSpec(200, 20, 10, 0, LocalTime.of(9, 0),
        LocalTime.of(17, 30), ZoneOffset.UTC, "GB-WLS", true, HEATING));
    assertThat(observing.isBankHoliday(LocalDate.of(2022, 4, 15))).isTrue(); // Good Friday
    assertThat(observing.isWorkingDay(LocalDate.of(2022, 4, 18))).isFalse(); // Easter Monday
    assertThat(observing.isWorkingDay(LocalDate.of(2022, 4, 19))).isTrue();
    assertThat(observing.isWorkingDay(LocalDate.of(2022, 12, 22))).isFalse();
    WorkingCalendar site = new WorkingCalendar(DEMAND);
    assertThat(site.isWorkingDay(LocalDate.of(2022, 4, 15))).isTrue();
    assertThat(site.isOccupied(java.time.Instant.parse("2022-04-19T08:59:00Z"))).isFalse();
    assertThat(site.isOccupied(java.time.Instant.parse("2022-04-19T09:00:00Z"))).isTrue();
    assertThat(site.isOccupied(java.time.Instant.parse("2022-04-19T17:30:00Z"))).isFalse();
  }
}
