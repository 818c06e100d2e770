package org.convergence.core.energy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.convergence.core.time.Interval;
import org.convergence.core.wind.WindFarmModel;

/**
 * A causal correction of the site physics learnt from its own recent residuals: a trailing correction of the
 * forecast's wind speed (the ratio that, applied to the hub-height speed each modelled wind power stands for, best
 * fits the metered wind by weighted least squares; {@link WindFarmModel#rescaledFarmKw}), an exponentially weighted
 * trailing bias for wind and demand (kW, subtracted; wind's after the speed correction) and a trailing ratio of
 * metered to modelled solar energy (multiplied), each from the half-hours that ended, and were read, by the as-of
 * time and at most {@code windowDays} before it.
 * A half-hour {@code a} days old at the as-of time weighs {@code 0.5^(a / halfLife)}; each learnt offset is then
 * shrunk towards none by its component's shrinkage (1 = as learnt, 0 = none). A component with no usable half-hour
 * gets no correction. Pure: the same residuals and as-of time give the same offsets.
 *
 * @param windHalfLifeDays half-life of the wind bias's weights, days; 0 = wind not corrected
 * @param windShrinkage fraction of the learnt wind bias applied, 0..1
 * @param windSpeedHalfLifeDays half-life of the wind speed ratio's weights, days; 0 = the speed not corrected
 * @param windSpeedShrinkage fraction of the learnt speed ratio's departure from 1 applied, 0..1
 * @param solarHalfLifeDays half-life of the solar ratio's weights, days; 0 = solar not corrected
 * @param solarShrinkage fraction of the learnt solar ratio's departure from 1 applied, 0..1
 * @param demandHalfLifeDays half-life of the demand bias's weights, days; 0 = demand not corrected
 * @param demandShrinkage fraction of the learnt demand bias applied, 0..1
 * @param windowDays the oldest residual used, days before the as-of time (&gt;= 1)
 */
public record ResidualCorrection(double windHalfLifeDays, double windShrinkage, double windSpeedHalfLifeDays,
    double windSpeedShrinkage, double solarHalfLifeDays, double solarShrinkage, double demandHalfLifeDays,
    double demandShrinkage, int windowDays) {
  /** Solar half-hours whose modelled power is below this carry no information on the ratio (night, twilight). */
  public static final double MIN_SOLAR_KW = 1.0;
  /** The learnt solar ratio is kept within [0, this]. */
  public static final double MAX_SOLAR_RATIO = 2.0;
  /** No correction at all. */
  public static final ResidualCorrection OFF = new ResidualCorrection(0, 0, 0, 0, 0, 0, 0, 0, 1);
  /** The wind speed ratios tried: {@value #MIN_SPEED_RATIO}..{@value #MAX_SPEED_RATIO} in steps of this. */
  public static final double SPEED_RATIO_STEP = 0.025;
  public static final double MIN_SPEED_RATIO = 0.5;
  public static final double MAX_SPEED_RATIO = 1.5;

  public ResidualCorrection {
    for (double h : new double[] {windHalfLifeDays, windSpeedHalfLifeDays, solarHalfLifeDays, demandHalfLifeDays}) {
      if (!(h >= 0) || Double.isInfinite(h)) {
        throw new IllegalArgumentException("half-lives must be finite and >= 0 days, were wind " + windHalfLifeDays
            + ", wind speed " + windSpeedHalfLifeDays + ", solar " + solarHalfLifeDays + ", demand "
            + demandHalfLifeDays);
      }
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException("correction window must be >= 1 day, was " + windowDays);
    }
    for (double k : new double[] {windShrinkage, windSpeedShrinkage, solarShrinkage, demandShrinkage}) {
      if (!(k >= 0 && k <= 1)) {
        throw new IllegalArgumentException("correction shrinkages must be in 0..1, were wind " + windShrinkage
            + ", wind speed " + windSpeedShrinkage + ", solar " + solarShrinkage + ", demand " + demandShrinkage);
      }
    }
  }

  /** True when no component is corrected. */
  public boolean isOff() {
    return !correctsWindSpeed() && (windHalfLifeDays == 0 || windShrinkage == 0)
        && (solarHalfLifeDays == 0 || solarShrinkage == 0) && (demandHalfLifeDays == 0 || demandShrinkage == 0);
  }

  /** True when the wind speed is corrected (then {@link #learn} needs the farm's model). */
  public boolean correctsWindSpeed() {
    return windSpeedHalfLifeDays > 0 && windSpeedShrinkage > 0;
  }

  /** One past half-hour: the physics model's mean powers and the metered ones, kW. */
  public record Residual(Interval interval, double modelWindKw, double modelSolarKw, double modelDemandKw,
      double readWindKw, double readSolarKw, double readDemandKw) {
    public Residual {
      Objects.requireNonNull(interval, "interval");
    }
  }

  /**
   * What to apply to a forecast: wind's speed times its ratio (through {@code wind}, the farm's model), then wind
   * and demand minus their biases (kW), solar times its ratio.
   *
   * @param windSpeedRatio the factor on the hub-height speed each wind power stands for (1 = none)
   * @param wind the farm's model the speed ratio is applied through; null when the ratio is 1
   * @param halfHours residual half-hours that carried weight (any component)
   */
  public record Offsets(double windSpeedRatio, WindFarmModel wind, double windBiasKw, double solarRatio,
      double demandBiasKw, int halfHours) {
    public static final Offsets NONE = new Offsets(1, null, 0, 1, 0, 0);

    public Offsets {
      if (windSpeedRatio != 1 && wind == null) {
        throw new IllegalArgumentException("a wind speed ratio of " + windSpeedRatio + " needs the farm's model");
      }
    }

    /** Wind power, kW, with the speed ratio and the bias applied; NaN stays NaN. */
    double windKw(double modelKw) {
      if (Double.isNaN(modelKw)) {
        return modelKw;
      }
      return windKw(modelKw, windSpeedRatio == 1 ? Double.NaN : wind.impliedHubSpeedMps(modelKw));
    }

    /**
     * {@link #windKw(double)} of a power whose implied hub-height speed is known ({@link
     * WindFarmModel#impliedHubSpeedMps}; NaN: none; not read when the speed ratio is 1).
     */
    private double windKw(double modelKw, double impliedHubSpeedMps) {
      double rescaled = windSpeedRatio == 1 ? modelKw
          : wind.rescaledFarmKw(modelKw, impliedHubSpeedMps, windSpeedRatio);
      return Math.max(0, rescaled - windBiasKw);
    }

    /** The corrected estimate; gaps stay gaps, powers stay &gt;= 0, heating unchanged. */
    public HalfHourEstimate apply(HalfHourEstimate e) {
      return new HalfHourEstimate(e.interval(), windKw(e.windKw()), e.solarKw() * solarRatio,
          Math.max(0, e.demandKw() - demandBiasKw), e.heatingKw(), e.interpolated());
    }

    /** The corrected energy of an interval (powers as its mean, biases scaled by its length). */
    public EnergyInterval apply(EnergyInterval e) {
      double h = e.interval().hours();
      return new EnergyInterval(e.interval(), windKw(e.windKWh() / h) * h, e.solarKWh() * solarRatio,
          Math.max(0, e.demandKWh() - demandBiasKw * h));
    }

    /** The corrected day's forecast, warnings kept. */
    public EnergyForecast apply(EnergyForecast f) {
      return new EnergyForecast(f.day(), f.halfHours().stream().map(this::apply).toList(), f.warnings());
    }
  }

  /**
   * The offsets learnt from the residuals of half-hours that ended by {@code asOf}.
   *
   * @param wind the farm's model the physics used (its curve turns a speed ratio into power); may be null only when
   *     the wind speed is not corrected
   */
  public Offsets learn(List<Residual> residuals, Instant asOf, WindFarmModel wind) {
    if (isOff()) {
      return Offsets.NONE;
    }
    if (correctsWindSpeed() && wind == null) {
      throw new IllegalArgumentException("the wind speed correction needs the farm's model");
    }
    Instant oldest = asOf.minus(Duration.ofDays(windowDays));
    List<Residual> recent = residuals.stream().filter(r -> {
      Instant end = r.interval().end();
      return !end.isAfter(asOf) && end.isAfter(oldest);
    }).toList();
    // each usable wind residual's hub speed, inverted once for the ratio search and the bias after it
    double[] impliedMps = correctsWindSpeed() ? impliedHubSpeedsMps(recent, wind) : null;
    double speedRatio = correctsWindSpeed()
        ? windSpeedShrinkage * (speedRatio(recent, impliedMps, asOf, wind) - 1) + 1 : 1;
    WindFarmModel through = speedRatio == 1 ? null : wind;
    Offsets speedOnly = new Offsets(speedRatio, through, 0, 1, 0, 0);
    double windW = 0;
    double windErr = 0;
    double demandW = 0;
    double demandErr = 0;
    double solarRead = 0;
    double solarModel = 0;
    int used = 0;
    for (int i = 0; i < recent.size(); i++) {
      Residual r = recent.get(i);
      double ageDays = ageDays(r, asOf);
      boolean any = correctsWindSpeed() && usableWind(r);
      if (windHalfLifeDays > 0 && usableWind(r)) {
        double w = halfLifeWeight(ageDays, windHalfLifeDays);
        windW += w;
        double speedCorrectedKw = speedOnly.windKw(r.modelWindKw(), impliedMps == null ? Double.NaN : impliedMps[i]);
        windErr += w * (speedCorrectedKw - r.readWindKw());
        any = true;
      }
      if (demandHalfLifeDays > 0 && Double.isFinite(r.modelDemandKw()) && Double.isFinite(r.readDemandKw())) {
        double w = halfLifeWeight(ageDays, demandHalfLifeDays);
        demandW += w;
        demandErr += w * (r.modelDemandKw() - r.readDemandKw());
        any = true;
      }
      if (solarHalfLifeDays > 0 && r.modelSolarKw() >= MIN_SOLAR_KW && Double.isFinite(r.readSolarKw())) {
        double w = halfLifeWeight(ageDays, solarHalfLifeDays);
        solarRead += w * r.readSolarKw();
        solarModel += w * r.modelSolarKw();
        any = true;
      }
      if (any) {
        used++;
      }
    }
    double windBias = windW > 0 ? windShrinkage * windErr / windW : 0;
    double demandBias = demandW > 0 ? demandShrinkage * demandErr / demandW : 0;
    double ratio = solarModel > 0 ? Math.min(MAX_SOLAR_RATIO, Math.max(0, solarRead / solarModel)) : 1;
    double solarRatio = 1 + solarShrinkage * (ratio - 1);
    return new Offsets(speedRatio, through, windBias, solarRatio, demandBias, used);
  }

  private static double ageDays(Residual r, Instant asOf) {
    return Duration.between(r.interval().end(), asOf).toSeconds() / 86_400.0;
  }

  /** The weight of a half-hour {@code ageDays} old under {@code halfLifeDays}: {@code 0.5^(age / half-life)}. */
  private static double halfLifeWeight(double ageDays, double halfLifeDays) {
    return Math.pow(0.5, ageDays / halfLifeDays);
  }

  /** True when the half-hour has both a modelled and a metered wind power. */
  private static boolean usableWind(Residual r) {
    return Double.isFinite(r.modelWindKw()) && Double.isFinite(r.readWindKw());
  }

  /** The hub-height speed each usable wind residual's modelled power stands for (NaN: none, or not usable). */
  private static double[] impliedHubSpeedsMps(List<Residual> recent, WindFarmModel wind) {
    double[] mps = new double[recent.size()];
    for (int i = 0; i < mps.length; i++) {
      Residual r = recent.get(i);
      mps[i] = usableWind(r) ? wind.impliedHubSpeedMps(r.modelWindKw()) : Double.NaN;
    }
    return mps;
  }

  /**
   * The speed ratio on the grid {@value #MIN_SPEED_RATIO}..{@value #MAX_SPEED_RATIO} (step {@value
   * #SPEED_RATIO_STEP}) whose rescaled model wind has the least weighted squared error against the readings (the
   * lowest such ratio on a tie); 1 with no usable half-hour. Half-hours whose power identifies no speed (calm,
   * rated) keep their power under every ratio, so they weigh equally on each.
   */
  private double speedRatio(List<Residual> recent, double[] impliedMps, Instant asOf, WindFarmModel wind) {
    List<double[]> used = new java.util.ArrayList<>(); // {weight, implied hub speed (NaN: none), model kW, read kW}
    for (int i = 0; i < recent.size(); i++) {
      Residual r = recent.get(i);
      if (usableWind(r)) {
        used.add(new double[] {halfLifeWeight(ageDays(r, asOf), windSpeedHalfLifeDays), impliedMps[i],
            r.modelWindKw(), r.readWindKw()});
      }
    }
    if (used.isEmpty()) {
      return 1;
    }
    int steps = (int) Math.round((MAX_SPEED_RATIO - MIN_SPEED_RATIO) / SPEED_RATIO_STEP);
    double best = Double.POSITIVE_INFINITY;
    double bestRatio = 1;
    for (int i = 0; i <= steps; i++) {
      double ratio = MIN_SPEED_RATIO + i * SPEED_RATIO_STEP;
      double sum = 0;
      for (double[] u : used) {
        double kw = wind.rescaledFarmKw(u[2], u[1], ratio);
        sum += u[0] * (kw - u[3]) * (kw - u[3]);
      }
      if (i == 0 || sum < best - 1e-9 * Math.max(1, best)) { // a tie within rounding keeps the lower ratio
        best = sum;
        bestRatio = ratio;
      }
    }
    return bestRatio;
  }

  @Override
  public String toString() {
    return isOff() ? "off" : String.format(java.util.Locale.ROOT,
        "wind speed %s d x %s, wind %s d x %s, solar %s d x %s, demand %s d x %s (half-life x shrinkage), window"
        + " %d days", windSpeedHalfLifeDays, windSpeedShrinkage, windHalfLifeDays, windShrinkage, solarHalfLifeDays,
        solarShrinkage, demandHalfLifeDays, demandShrinkage, windowDays);
  }
}
