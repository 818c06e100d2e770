package org.convergence.core.energy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.convergence.core.time.Interval;

/**
 * A causal correction of the site physics learnt from its own recent residuals: an exponentially weighted trailing
 * bias for wind and demand (kW, subtracted) and a trailing ratio of metered to modelled solar energy (multiplied),
 * each from the half-hours that ended, and were read, by the as-of time and at most {@code windowDays} before it.
 * A half-hour {@code a} days old at the as-of time weighs {@code 0.5^(a / halfLife)}; each learnt offset is then
 * shrunk towards none by its component's shrinkage (1 = as learnt, 0 = none). A component with no usable half-hour
 * gets no correction. Pure: the same residuals and as-of time give the same offsets.
 *
 * @param windHalfLifeDays half-life of the wind bias's weights, days; 0 = wind not corrected
 * @param windShrinkage fraction of the learnt wind bias applied, 0..1
 * @param solarHalfLifeDays half-life of the solar ratio's weights, days; 0 = solar not corrected
 * @param solarShrinkage fraction of the learnt solar ratio's departure from 1 applied, 0..1
 * @param demandHalfLifeDays half-life of the demand bias's weights, days; 0 = demand not corrected
 * @param demandShrinkage fraction of the learnt demand bias applied, 0..1
 * @param windowDays the oldest residual used, days before the as-of time (&gt;= 1)
 */
public record ResidualCorrection(double windHalfLifeDays, double windShrinkage, double solarHalfLifeDays,
    double solarShrinkage, double demandHalfLifeDays, double demandShrinkage, int windowDays) {
  /** Solar half-hours whose modelled power is below this carry no information on the ratio (night, twilight). */
  public static final double MIN_SOLAR_KW = 1.0;
  /** The learnt solar ratio is kept within [0, this]. */
  public static final double MAX_SOLAR_RATIO = 2.0;
  /** No correction at all. */
  public static final ResidualCorrection OFF = new ResidualCorrection(0, 0, 0, 0, 0, 0, 1);

  public ResidualCorrection {
    for (double h : new double[] {windHalfLifeDays, solarHalfLifeDays, demandHalfLifeDays}) {
      if (!(h >= 0) || Double.isInfinite(h)) {
        throw new IllegalArgumentException("half-lives must be finite and >= 0 days, were wind " + windHalfLifeDays
            + ", solar " + solarHalfLifeDays + ", demand " + demandHalfLifeDays);
      }
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException("correction window must be >= 1 day, was " + windowDays);
    }
    for (double k : new double[] {windShrinkage, solarShrinkage, demandShrinkage}) {
      if (!(k >= 0 && k <= 1)) {
        throw new IllegalArgumentException("correction shrinkages must be in 0..1, were wind " + windShrinkage
            + ", solar " + solarShrinkage + ", demand " + demandShrinkage);
      }
    }
  }

  /** True when no component is corrected. */
  public boolean isOff() {
    return (windHalfLifeDays == 0 || windShrinkage == 0) && (solarHalfLifeDays == 0 || solarShrinkage == 0)
        && (demandHalfLifeDays == 0 || demandShrinkage == 0);
  }

  /** One past half-hour: the physics model's mean powers and the metered ones, kW. */
  public record Residual(Interval interval, double modelWindKw, double modelSolarKw, double modelDemandKw,
      double readWindKw, double readSolarKw, double readDemandKw) {
    public Residual {
      Objects.requireNonNull(interval, "interval");
    }
  }

  /**
   * What to apply to a forecast: wind and demand minus their biases (kW), solar times its ratio.
   *
   * @param halfHours residual half-hours that carried weight (any component)
   */
  public record Offsets(double windBiasKw, double solarRatio, double demandBiasKw, int halfHours) {
    public static final Offsets NONE = new Offsets(0, 1, 0, 0);

    /** The corrected estimate; gaps stay gaps, powers stay &gt;= 0, heating unchanged. */
    public HalfHourEstimate apply(HalfHourEstimate e) {
      return new HalfHourEstimate(e.interval(), Math.max(0, e.windKw() - windBiasKw), e.solarKw() * solarRatio,
          Math.max(0, e.demandKw() - demandBiasKw), e.heatingKw(), e.interpolated());
    }

    /** The corrected energy of an interval (biases scaled by its length). */
    public EnergyInterval apply(EnergyInterval e) {
      double h = e.interval().hours();
      return new EnergyInterval(e.interval(), Math.max(0, e.windKWh() - windBiasKw * h), e.solarKWh() * solarRatio,
          Math.max(0, e.demandKWh() - demandBiasKw * h));
    }

    /** The corrected day's forecast, warnings kept. */
    public EnergyForecast apply(EnergyForecast f) {
      return new EnergyForecast(f.day(), f.halfHours().stream().map(this::apply).toList(), f.warnings());
    }
  }

  /** The offsets learnt from the residuals of half-hours that ended by {@code asOf}. */
  public Offsets learn(List<Residual> residuals, Instant asOf) {
    if (isOff()) {
      return Offsets.NONE;
    }
    Instant oldest = asOf.minus(Duration.ofDays(windowDays));
    double windW = 0;
    double windErr = 0;
    double demandW = 0;
    double demandErr = 0;
    double solarRead = 0;
    double solarModel = 0;
    int used = 0;
    for (Residual r : residuals) {
      Instant end = r.interval().end();
      if (end.isAfter(asOf) || !end.isAfter(oldest)) {
        continue;
      }
      double ageDays = Duration.between(end, asOf).toSeconds() / 86_400.0;
      boolean any = false;
      if (windHalfLifeDays > 0 && Double.isFinite(r.modelWindKw()) && Double.isFinite(r.readWindKw())) {
        double w = Math.pow(0.5, ageDays / windHalfLifeDays);
        windW += w;
        windErr += w * (r.modelWindKw() - r.readWindKw());
        any = true;
      }
      if (demandHalfLifeDays > 0 && Double.isFinite(r.modelDemandKw()) && Double.isFinite(r.readDemandKw())) {
        double w = Math.pow(0.5, ageDays / demandHalfLifeDays);
        demandW += w;
        demandErr += w * (r.modelDemandKw() - r.readDemandKw());
        any = true;
      }
      if (solarHalfLifeDays > 0 && r.modelSolarKw() >= MIN_SOLAR_KW && Double.isFinite(r.readSolarKw())) {
        double w = Math.pow(0.5, ageDays / solarHalfLifeDays);
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
    return new Offsets(windBias, solarRatio, demandBias, used);
  }

  @Override
  public String toString() {
    return isOff() ? "off" : String.format(java.util.Locale.ROOT,
        "wind %s d x %s, solar %s d x %s, demand %s d x %s (half-life x shrinkage), window %d days",
        windHalfLifeDays, windShrinkage, solarHalfLifeDays, solarShrinkage, demandHalfLifeDays, demandShrinkage,
        windowDays);
  }
}
