package org.convergence.core.wind;

import org.convergence.core.site.WindFarmSpec;

/**
 * The farm's expected power from a forecast wind speed: carried to hub height ({@link WindProfile}), corrected by
 * the site's speed factor, read off the turbine's curve with cut-in and cut-out, times turbines in service. With a
 * speed uncertainty s &gt; 0 the curve is averaged over a normal spread N(v, (s v)^2) of the hub-height speed
 * (Gauss-Hermite quadrature), because a forecast speed near cut-in or rated power promises the mean, not the curve.
 */
public final class WindFarmModel {
  // 9-point Gauss-Hermite (probabilists') nodes and weights for a standard normal
  private static final double[] NODES = {-4.512745863399783, -3.205429002856470, -2.076847978677830,
      -1.023255663789133, 0.0, 1.023255663789133, 2.076847978677830, 3.205429002856470, 4.512745863399783};
  private static final double[] WEIGHTS = {2.234584400774658e-05, 0.002789141321231769, 0.04991640676521788,
      0.2440975028949394, 0.4063492063492063, 0.2440975028949394, 0.04991640676521788, 0.002789141321231769,
      2.234584400774658e-05};

  private final WindFarmSpec spec;
  private final PowerCurves.Table curve;
  private final double topKw;
  /** The scan's speeds (accumulated in {@link #SCAN_STEP_MPS} steps from one step, below cut-out), m/s. */
  private final double[] scanMps;
  /** The highest {@link #farmKw} at or before each scan speed, kW: non-decreasing, so a crossing is a search. */
  private final double[] scanRunningMaxKw;

  public WindFarmModel(WindFarmSpec spec) {
    this.spec = spec;
    this.curve = new PowerCurves.Table(spec.powerCurve(), spec.interpolation());
    this.topKw = highestFarmKw();
    int steps = 0;
    for (double v = SCAN_STEP_MPS; v < spec.cutOutMps(); v += SCAN_STEP_MPS) {
      steps++;
    }
    this.scanMps = new double[steps];
    this.scanRunningMaxKw = new double[steps];
    double v = SCAN_STEP_MPS;
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < steps; k++, v += SCAN_STEP_MPS) {
      scanMps[k] = v;
      max = Math.max(max, farmKw(v));
      scanRunningMaxKw[k] = max;
    }
  }

  /** Hub-height speed for a forecast speed at {@code measurementHeightM}, m/s, including the site's factor. */
  public double hubSpeedMps(double speedMps, double measurementHeightM) {
    if (Double.isNaN(speedMps)) {
      throw new IllegalArgumentException("wind speed is missing (NaN)");
    }
    return spec.speedFactor() * WindProfile.extrapolate(spec.profile(), speedMps, measurementHeightM,
        spec.hubHeightM(), spec.roughnessLengthM());
  }

  /** One turbine's power at a hub-height speed, kW: zero below cut-in and at or above cut-out. */
  public double turbineKw(double hubSpeedMps) {
    if (hubSpeedMps < spec.cutInMps() || hubSpeedMps >= spec.cutOutMps()) {
      return 0;
    }
    return curve.kw(hubSpeedMps);
  }

  /** Expected farm power, kW, at a hub-height speed forecast. */
  public double farmKw(double hubSpeedMps) {
    double perTurbine;
    double sigma = spec.speedUncertainty() * hubSpeedMps;
    if (sigma <= 0) {
      perTurbine = turbineKw(hubSpeedMps);
    } else {
      perTurbine = 0;
      for (int i = 0; i < NODES.length; i++) {
        perTurbine += WEIGHTS[i] * turbineKw(Math.max(hubSpeedMps + sigma * NODES[i], 0));
      }
    }
    return spec.turbines() * spec.availability() * perTurbine;
  }

  /** Step of the scan that brackets a power on the farm's curve, m/s of hub-height speed. */
  static final double SCAN_STEP_MPS = 0.05;

  /**
   * The hub-height speed a modelled farm power stands for: the lowest speed below cut-out at which {@link
   * #farmKw(double)} reaches {@code farmKw} (a scan in {@value #SCAN_STEP_MPS} m/s steps, then bisection to 1e-6
   * m/s). NaN where the power does not identify a speed: at or below zero (calm or below cut-in), and at or above
   * the highest power the curve reaches (rated: any speed from there to cut-out gives it).
   */
  public double impliedHubSpeedMps(double farmKw) {
    if (Double.isNaN(farmKw)) {
      throw new IllegalArgumentException("farm power is missing (NaN)");
    }
    if (farmKw <= 0 || farmKw >= topKw() - 1e-9) {
      return Double.NaN;
    }
    // the first scan speed whose power reaches farmKw (farmKw(0) is 0 < farmKw, so it and the speed before it
    // bracket the first crossing); none below cut-out: reached only at a curve point between scan steps, the top
    int k = firstScanReaching(farmKw);
    if (k == scanMps.length) {
      return Double.NaN;
    }
    double lo = k == 0 ? 0 : scanMps[k - 1];
    double hi = scanMps[k];
    for (int i = 0; i < 60 && hi - lo > 1e-6; i++) {
      double mid = (lo + hi) / 2;
      if (farmKw(mid) < farmKw) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  /**
   * The farm power had the hub-height speed been {@code speedRatio} times the one a modelled power stands for:
   * {@code farmKw(speedRatio x impliedHubSpeedMps(farmKw))}. Where the power identifies no speed (zero, or the
   * curve's top) it is returned unchanged. This is a correction of the forecast's speed (a site speed factor)
   * applied to a forecast that carries only power.
   */
  public double rescaledFarmKw(double farmKw, double speedRatio) {
    requireSpeedRatio(speedRatio);
    return rescaledFarmKw(farmKw, impliedHubSpeedMps(farmKw), speedRatio);
  }

  /**
   * {@link #rescaledFarmKw(double, double)} with the hub-height speed the power stands for already known ({@code
   * impliedHubSpeedMps}, as {@link #impliedHubSpeedMps} gives it for {@code farmKw}; NaN: none, the power returned
   * unchanged), for a caller that rescales one power by many ratios.
   */
  public double rescaledFarmKw(double farmKw, double impliedHubSpeedMps, double speedRatio) {
    requireSpeedRatio(speedRatio);
    return Double.isNaN(impliedHubSpeedMps) ? farmKw : farmKw(speedRatio * impliedHubSpeedMps);
  }

  private static void requireSpeedRatio(double speedRatio) {
    if (!(speedRatio >= 0) || Double.isInfinite(speedRatio)) {
      throw new IllegalArgumentException("speed ratio must be finite and >= 0, was " + speedRatio);
    }
  }

  /** The index of the first scan speed at which {@link #farmKw} reaches {@code kw}; the scan's length if none. */
  private int firstScanReaching(double kw) {
    return PowerCurves.firstAtLeast(scanRunningMaxKw, 0, scanRunningMaxKw.length, kw);
  }

  /** The highest farm power below cut-out, kW (on the scan's grid and the curve's points). */
  double topKw() {
    return topKw;
  }

  private double highestFarmKw() {
    double best = 0;
    for (int i = 0; i * SCAN_STEP_MPS < spec.cutOutMps(); i++) {
      best = Math.max(best, farmKw(i * SCAN_STEP_MPS));
    }
    for (double v : spec.powerCurve().windSpeedMps()) {
      if (v < spec.cutOutMps()) {
        best = Math.max(best, farmKw(v));
      }
    }
    return best;
  }
}
