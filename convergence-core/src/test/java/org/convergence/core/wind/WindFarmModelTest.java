package org.convergence.core.wind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.convergence.core.site.WindFarmSpec;
import org.junit.jupiter.api.Test;

class WindFarmModelTest {
  static WindFarmModel farm(double uncertainty) {
    return new WindFarmModel(new WindFarmSpec(2, 30, WindReferenceTest.CURVE, 3.5, 25, 1,
        WindProfile.Law.LOGARITHMIC, 0.15, PowerCurves.Interpolation.LINEAR, 1, uncertainty));
  }

  @Test
  void impliedSpeedInvertsTheFarmsPower() {
    WindFarmModel exact = farm(0);
    // 2 turbines x 30 kW: 7.5 m/s on the curve (10 kW at 5, 50 at 10)
    assertThat(exact.impliedHubSpeedMps(60)).isCloseTo(7.5, within(1e-5));
    for (double u : new double[] {0, 0.2}) {
      WindFarmModel m = farm(u);
      for (double v = 4; v <= 12; v += 0.7) {
        assertThat(m.impliedHubSpeedMps(m.farmKw(v))).as("u %s v %s", u, v).isCloseTo(v, within(1e-4));
      }
    }
  }

  @Test
  void noSpeedWhereThePowerIdentifiesNone() {
    WindFarmModel m = farm(0);
    assertThat(m.impliedHubSpeedMps(0)).isNaN(); // calm or below cut-in
    assertThat(m.impliedHubSpeedMps(120)).isNaN(); // rated: any speed from 15 m/s to cut-out
    assertThat(m.impliedHubSpeedMps(500)).isNaN();
    assertThatThrownBy(() -> m.impliedHubSpeedMps(Double.NaN)).hasMessageContaining("missing");
  }

  @Test
  void rescaledPowerIsThePowerAtTheScaledSpeed() {
    WindFarmModel m = farm(0);
    // 60 kW stands for 7.5 m/s; at 0.8 x 7.5 = 6 m/s the curve gives 2 x (10 + 40 / 5) = 36 kW
    assertThat(m.rescaledFarmKw(60, 0.8)).isCloseTo(36, within(1e-3));
    assertThat(m.rescaledFarmKw(60, 1)).isCloseTo(60, within(1e-3));
    // 1.6 x 7.5 = 12 m/s: 2 x (50 + 2 x 10 / 5) = 108 kW
    assertThat(m.rescaledFarmKw(60, 1.6)).isCloseTo(108, within(1e-3));
    // zero and rated identify no speed and are kept
    assertThat(m.rescaledFarmKw(0, 1.4)).isZero();
    assertThat(m.rescaledFarmKw(120, 0.6)).isEqualTo(120);
    assertThatThrownBy(() -> m.rescaledFarmKw(60, -1)).hasMessageContaining("speed ratio");
  }

  @Test
  void withTheImpliedSpeedKnownTheRescaledPowerIsTheSame() {
    WindFarmModel m = farm(0.1);
    for (double kw : new double[] {0, 5, 60, 119, 120}) {
      double implied = m.impliedHubSpeedMps(kw);
      for (double ratio : new double[] {0.5, 0.8, 1, 1.3}) {
        assertThat(m.rescaledFarmKw(kw, implied, ratio)).as(kw + " kW x " + ratio)
            .isEqualTo(m.rescaledFarmKw(kw, ratio));
      }
    }
    assertThat(m.rescaledFarmKw(60, Double.NaN, 1.4)).as("no speed: kept").isEqualTo(60);
    assertThatThrownBy(() -> m.rescaledFarmKw(60, 7.5, -1)).hasMessageContaining("speed ratio");
  }
}
