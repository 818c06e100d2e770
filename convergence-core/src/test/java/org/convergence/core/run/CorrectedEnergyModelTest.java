package org.convergence.core.run;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSource;
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
    new CorrectedEnergyModel(PHYSICS, WIND_AND_DEMAND, null, counting, SiteReadings.of(rs), PLANNING, LATE).offsets(DAY);
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
}
