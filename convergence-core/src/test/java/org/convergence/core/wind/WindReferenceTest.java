package org.convergence.core.wind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.convergence.core.site.PowerCurve;
import org.convergence.core.site.WindFarmSpec;
import org.junit.jupiter.api.Test;

class WindReferenceTest {
  static final PowerCurve CURVE = new PowerCurve(List.of(0.0, 3.0, 5.0, 10.0, 15.0), List.of(0.0, 0.0, 10.0, 50.0,
      60.0));

  @Test
  void windpowerlibLogarithmicAndHellman() {
    assertThat(WindProfile.logarithmic(5.0, 10, 100, 0.15)).isCloseTo(7.74136523, within(1e-8));
    assertThat(WindProfile.hellman(5.0, 10, 100, 0.15)).isCloseTo(7.12462437, within(1e-8));
  }

  @Test
  void linearAndLogSpaceInterpolation() {
    assertThat(PowerCurves.interpolate(CURVE, PowerCurves.Interpolation.LINEAR, 7.5)).isCloseTo(30, within(1e-12));
    // the seed: exp(interp(v, x, ln(P[W] + 1))) - 1
    double expected = (Math.exp(0.5 * Math.log(10_001) + 0.5 * Math.log(50_001)) - 1) / 1000;
    assertThat(PowerCurves.interpolate(CURVE, PowerCurves.Interpolation.LOG_SPACE, 7.5))
        .isCloseTo(expected, within(1e-9));
    assertThat(PowerCurves.interpolate(CURVE, PowerCurves.Interpolation.LINEAR, 30)).isEqualTo(60);
  }

  @Test
  void cutInCutOutTurbinesAndAvailability() {
    WindFarmSpec spec = new WindFarmSpec(6, 30, CURVE, 3.5, 25, 0.5, WindProfile.Law.LOGARITHMIC, 0.15,
        PowerCurves.Interpolation.LINEAR, 1, 0);
    WindFarmModel m = new WindFarmModel(spec);
    assertThat(m.farmKw(3.4)).isZero();
    assertThat(m.farmKw(25)).isZero();
    assertThat(m.farmKw(10)).isCloseTo(6 * 0.5 * 50, within(1e-9));
  }

  @Test
  void powerNeverAboveRating() {
    for (double u : new double[] {0, 0.3}) {
      WindFarmSpec spec = new WindFarmSpec(6, 30, CURVE, 3.5, 25, 1, WindProfile.Law.HELLMAN, 0.15,
          PowerCurves.Interpolation.LOG_SPACE, 1.5, u);
      WindFarmModel m = new WindFarmModel(spec);
      Random r = new Random(1);
      for (int k = 0; k < 2000; k++) {
        double kw = m.farmKw(m.hubSpeedMps(r.nextDouble() * 40, 10));
        assertThat(kw).isBetween(0.0, spec.ratedKw());
      }
    }
  }

  @Test
  void uncertaintyAveragesTheCurve() {
    WindFarmSpec exact = new WindFarmSpec(1, 30, CURVE, 3.5, 25, 1, WindProfile.Law.LOGARITHMIC, 0.15,
        PowerCurves.Interpolation.LINEAR, 1, 0);
    WindFarmSpec spread = new WindFarmSpec(1, 30, CURVE, 3.5, 25, 1, WindProfile.Law.LOGARITHMIC, 0.15,
        PowerCurves.Interpolation.LINEAR, 1, 0.3);
    // on the straight part the mean equals the curve; near rated power the spread lowers it
    assertThat(new WindFarmModel(spread).farmKw(7.5)).isCloseTo(new WindFarmModel(exact).farmKw(7.5), within(1.5));
    assertThat(new WindFarmModel(spread).farmKw(15)).isLessThan(new WindFarmModel(exact).farmKw(15));
  }

  @Test
  void missingSpeedIsAnError() {
    WindFarmModel m = new WindFarmModel(new WindFarmSpec(1, 30, CURVE, 3.5, 25, 1, WindProfile.Law.LOGARITHMIC,
        0.15, PowerCurves.Interpolation.LINEAR, 1, 0));
    assertThatThrownBy(() -> m.hubSpeedMps(Double.NaN, 10)).hasMessageContaining("missing");
  }
}
