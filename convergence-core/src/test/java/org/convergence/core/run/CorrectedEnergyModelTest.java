package org.convergence.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.energy.ResidualCorrection;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.site.PowerCurve;
import org.convergence.core.site.WindFarmSpec;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSource;
import org.convergence.core.wind.PowerCurves;
import org.convergence.core.wind.WindFarmModel;
import org.convergence.core.wind.WindProfile;
import org.junit.jupiter.api.Test;

class CorrectedEnergyModelTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 10);
  static final PlanningTime PLANNING = PlanningTime.DEFAULT; // D-1 08:30Z
  static final Instant AS_OF = PLANNING.on(DAY);

  /** Physics that ignores the weather: wind 50 kW, solar 0, demand 230 kW every half-hour. */
  static final EnergyModel PHYSICS = (day, weather) -> new EnergyForecast(day,
      day.halfHours().stream().map(i -> new EnergyInterval(i, 50 * i.hours(), 0, 230 * i.hours())).toList(),
      List.of());
  static final WeatherSource WEATHER = new WeatherSource() {
    @Override
    public String name() {
      return "test";
    }

    @Override
    public WeatherForecast forecast(MarketDay day, Instant asOf) {
      return new WeatherForecast("test", asOf, 10, List.of());
    }
  };
  static final ResidualCorrection WIND_AND_DEMAND = new ResidualCorrection(2, 1, 0, 0, 0, 1, 2, 1, 14);

  /** Readings every 10 minutes from {@code from} to {@code to}: wind and demand (computing centre) as given. */
  static List<SiteReading> readings(Instant from, Instant to, double windKw, double demandKw) {
    List<SiteReading> out = new ArrayList<>();
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(600)) {
      out.add(new SiteReading(t, windKw, 0, 0, demandKw, 20));
    }
    return out;
  }

  static CorrectedEnergyModel model(List<SiteReading> rs, Clock clock) {
    return new CorrectedEnergyModel(PHYSICS, WIND_AND_DEMAND, null, WEATHER, SiteReadings.of(rs), PLANNING, clock);
  }

  static final Clock LATE = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void subtractsTheBiasesOfTheHalfHoursMeteredByD1sRunTime() {
    // metered: wind 40 (model 50: bias +10), demand 240 (model 230: bias -10) for the 5 days before the run
    List<SiteReading> rs = readings(AS_OF.minusSeconds(5 * 86_400), AS_OF, 40, 240);
    EnergyForecast f = model(rs, LATE).forecast(DAY, WEATHER.forecast(DAY, AS_OF));
    for (EnergyInterval e : f.halfHours()) {
      assertThat(e.windKWh()).isCloseTo(40 * 0.5, within(1e-9));
      assertThat(e.demandKWh()).isCloseTo(240 * 0.5, within(1e-9));
      assertThat(e.solarKWh()).isEqualTo(0.0);
    }
  }

  @Test
  void readingsAfterTheRunsAsOfTimeChangeNothing() {
    List<SiteReading> before = readings(AS_OF.minusSeconds(5 * 86_400), AS_OF, 40, 240);
    List<SiteReading> withLater = new ArrayList<>(before);
    // from the as-of instant on (the rest of D-1 and all of D): wildly different
    withLater.addAll(readings(AS_OF, DAY.deliveryEnd(), 1000, 0));
    ResidualCorrection.Offsets a = model(before, LATE).offsets(DAY);
    ResidualCorrection.Offsets b = model(withLater, LATE).offsets(DAY);
    assertThat(b).isEqualTo(a);
    assertThat(model(withLater, LATE).forecast(DAY, WEATHER.forecast(DAY, AS_OF)))
        .isEqualTo(model(before, LATE).forecast(DAY, WEATHER.forecast(DAY, AS_OF)));
    // while one changed reading before it does change the offsets (the test can fail)
    List<SiteReading> changed = new ArrayList<>(before);
    changed.set(changed.size() - 1, new SiteReading(changed.get(changed.size() - 1).time(), 1000, 0, 0, 240, 20));
    assertThat(model(changed, LATE).offsets(DAY).windBiasKw()).isNotEqualTo(a.windBiasKw());
  }

  @Test
  void aClockBeforeThePlanningTimeIsTheAsOfTime() {
    Instant early = AS_OF.minusSeconds(2 * 86_400);
    List<SiteReading> rs = new ArrayList<>(readings(AS_OF.minusSeconds(5 * 86_400), early, 40, 240));
    rs.addAll(readings(early, AS_OF, 1000, 0)); // taken after the clock: unknown to the run
    CorrectedEnergyModel m = model(rs, Clock.fixed(early, ZoneOffset.UTC));
    assertThat(m.asOf(DAY)).isEqualTo(early);
    assertThat(m.offsets(DAY).windBiasKw()).isCloseTo(10, within(1e-9));
    assertThat(m.offsets(DAY).demandBiasKw()).isCloseTo(-10, within(1e-9));
  }

  @Test
  void aPastDayWithoutReadingsIsNotAskedForItsForecast() {
    List<MarketDay> asked = new ArrayList<>();
    WeatherSource counting = new WeatherSource() {
      @Override
      public String name() {
        return "counting";
      }

      @Override
      public WeatherForecast forecast(MarketDay day, Instant asOf) {
        asked.add(day);
        return WEATHER.forecast(day, asOf);
      }
    };
    // readings only on D-2's delivery (D-3 23:00 .. D-2 23:00)
    MarketDay twoBefore = DAY.minusDays(2);
    List<SiteReading> rs = readings(twoBefore.deliveryStart(), twoBefore.deliveryEnd(), 40, 240);
    new CorrectedEnergyModel(PHYSICS, WIND_AND_DEMAND, null, counting, SiteReadings.of(rs), PLANNING, LATE)
        .offsets(DAY);
    assertThat(asked).containsExactly(twoBefore);
  }

  @Test
  void offOrNoReadingsReturnsThePhysics() {
    EnergyForecast physics = PHYSICS.forecast(DAY, WEATHER.forecast(DAY, AS_OF));
    assertThat(model(List.of(), LATE).forecast(DAY, WEATHER.forecast(DAY, AS_OF))).isEqualTo(physics);
    CorrectedEnergyModel off = new CorrectedEnergyModel(PHYSICS, ResidualCorrection.OFF, null, WEATHER,
        SiteReadings.of(readings(AS_OF.minusSeconds(86_400), AS_OF, 0, 0)), PLANNING, LATE);
    assertThat(off.forecast(DAY, WEATHER.forecast(DAY, AS_OF))).isEqualTo(physics);
  }

  /** 6 turbines, 10 kW each at 5 m/s and 50 at 10: PHYSICS's 50 kW stands for a hub speed of 4 2/3 m/s. */
  static final WindFarmModel FARM = new WindFarmModel(new WindFarmSpec(6, 30, new PowerCurve(
      List.of(0.0, 3.0, 5.0, 10.0, 15.0), List.of(0.0, 0.0, 10.0, 50.0, 60.0)), 3.5, 25, 1,
      WindProfile.Law.LOGARITHMIC, 0.15, PowerCurves.Interpolation.LINEAR, 1, 0));
  static final ResidualCorrection WIND_SPEED = new ResidualCorrection(0, 0, 2, 1, 0, 0, 0, 0, 14);

  @Test
  void correctsTheWindSpeedFromWhatWasMeteredByTheAsOfTime() {
    // metered 40 kW where the physics said 50: the farm gives 40 kW at 4 1/3 m/s, a ratio of 13/14 (0.925 on the
    // grid of 0.025)
    List<SiteReading> before = readings(AS_OF.minusSeconds(5 * 86_400), AS_OF, 40, 230);
    CorrectedEnergyModel m = new CorrectedEnergyModel(PHYSICS, WIND_SPEED, FARM, WEATHER, SiteReadings.of(before),
        PLANNING, LATE);
    assertThat(m.offsets(DAY).windSpeedRatio()).isCloseTo(0.925, within(1e-9));
    for (EnergyInterval e : m.forecast(DAY, WEATHER.forecast(DAY, AS_OF)).halfHours()) {
      assertThat(e.windKWh()).isCloseTo(FARM.farmKw(0.925 * 14 / 3.0) * 0.5, within(1e-3));
      assertThat(e.demandKWh()).isCloseTo(230 * 0.5, within(1e-9));
    }
    List<SiteReading> withLater = new ArrayList<>(before);
    withLater.addAll(readings(AS_OF, DAY.deliveryEnd(), 300, 0));
    CorrectedEnergyModel later = new CorrectedEnergyModel(PHYSICS, WIND_SPEED, FARM, WEATHER,
        SiteReadings.of(withLater), PLANNING, LATE);
    assertThat(later.forecast(DAY, WEATHER.forecast(DAY, AS_OF)))
        .isEqualTo(m.forecast(DAY, WEATHER.forecast(DAY, AS_OF)));
    assertThatThrownBy(() -> new CorrectedEnergyModel(PHYSICS, WIND_SPEED, null, WEATHER, SiteReadings.of(before),
        PLANNING, LATE)).hasMessageContaining("farm's model");
  }
}
