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

  /** The site's shape: rising to a top at 10 m/s, then falling (the readings' 59 to 51 kW above 10 m/s). */
  private static final org.convergence.core.site.PowerCurve FALLING_TOP = new org.convergence.core.site.PowerCurve(
      java.util.List.of(0.0, 2.0, 3.0, 5.0, 7.0, 9.0, 10.0, 12.0, 14.0, 25.0),
      java.util.List.of(0.0, 0.0, 4.8, 25.9, 48.7, 57.9, 59.0, 56.6, 51.0, 51.0));

  @Test
  void theTabulatedScanFindsTheSpeedTheStepByStepScanFinds() {
    for (PowerCurves.Interpolation how : PowerCurves.Interpolation.values()) {
      for (double u : new double[] {0, 0.15}) {
        WindFarmModel m = new WindFarmModel(new WindFarmSpec(6, 30, FALLING_TOP, 2.5, 25, 1,
            WindProfile.Law.LOGARITHMIC, 0.15, how, 0.96, u));
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        for (int i = 0; i < 2000; i++) {
          double kw = random.nextDouble(-5, 370);
          assertThat(m.impliedHubSpeedMps(kw)).as("%s u %s %s kW", how, u, kw).isEqualTo(Double.valueOf(scanned(m, kw)));
        }
      }
    }
  }

  /** The inversion as a plain scan in 0.05 m/s steps from 0, then bisection (the definition the table speeds up). */
  private static double scanned(WindFarmModel m, double farmKw) {
    if (farmKw <= 0 || farmKw >= m.topKw() - 1e-9) {
      return Double.NaN;
    }
    double lo = 0;
    double hi = WindFarmModel.SCAN_STEP_MPS;
    while (m.farmKw(hi) < farmKw) {
      lo = hi;
      hi += WindFarmModel.SCAN_STEP_MPS;
      if (hi >= 25) {
        return Double.NaN;
      }
    }
    for (int i = 0; i < 60 && hi - lo > 1e-6; i++) {
      double mid = (lo + hi) / 2;
      if (m.farmKw(mid) < farmKw) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  @Test
  void theCurveTableReadsTheCurveAsTheDefinitionDoes() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (PowerCurves.Interpolation how : PowerCurves.Interpolation.values()) {
      PowerCurves.Table table = new PowerCurves.Table(FALLING_TOP, how);
      for (int i = 0; i < 5000; i++) {
        double v = i < 10 ? FALLING_TOP.windSpeedMps().get(i) : random.nextDouble(-1, 27);
        assertThat(table.kw(v)).as("%s at %s m/s", how, v).isEqualTo(readByDefinition(FALLING_TOP, how, v));
      }
    }
    assertThatThrownBy(() -> new PowerCurves.Table(FALLING_TOP, PowerCurves.Interpolation.LINEAR).kw(Double.NaN))
        .hasMessageContaining("missing");
  }

  /** numpy.interp by a linear search, in ln(1 + P[W]) for LOG_SPACE. */
  private static double readByDefinition(org.convergence.core.site.PowerCurve c, PowerCurves.Interpolation how,
      double v) {
    java.util.List<Double> x = c.windSpeedMps();
    java.util.List<Double> y = c.powerKw();
    int n = x.size();
    if (v <= x.get(0)) {
      return y.get(0);
    }
    if (v >= x.get(n - 1)) {
      return y.get(n - 1);
    }
    int i = 1;
    while (x.get(i) < v) {
      i++;
    }
    double f = (v - x.get(i - 1)) / (x.get(i) - x.get(i - 1));
    if (how == PowerCurves.Interpolation.LINEAR) {
      return y.get(i - 1) + f * (y.get(i) - y.get(i - 1));
    }
    double a = Math.log(y.get(i - 1) * 1000 + 1);
    double b = Math.log(y.get(i) * 1000 + 1);
    return (Math.exp(a + f * (b - a)) - 1) / 1000;
  }
}
