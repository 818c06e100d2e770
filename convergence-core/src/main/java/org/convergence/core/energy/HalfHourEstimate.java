package org.convergence.core.energy;

import java.util.Objects;
import org.convergence.core.time.Interval;

/**
 * The models' mean powers over one interval of a weather forecast, kW. {@code NaN} marks a component the weather
 * could not support (a gap); {@code interpolated} says some input was filled in from neighbouring samples.
 *
 * @param heatingKw the part of {@code demandKw} that is office heating
 */
public record HalfHourEstimate(
    Interval interval,
    double windKw,
    double solarKw,
    double demandKw,
    double heatingKw,
    boolean interpolated) {
  public HalfHourEstimate {
    Objects.requireNonNull(interval, "interval");
  }

  /** Net power, kW (positive = export); NaN if any component is a gap. */
  public double netKw() {
    return windKw + solarKw - demandKw;
  }

  public boolean complete() {
    return !Double.isNaN(netKw());
  }

  /** As energy over the interval; an error for a gap. */
  public EnergyInterval toEnergy() {
    if (!complete()) {
      throw new IllegalStateException(interval + ": no estimate (weather gap): wind " + windKw + " kW, solar "
          + solarKw + " kW, demand " + demandKw + " kW");
    }
    double h = interval.hours();
    return new EnergyInterval(interval, windKw * h, solarKw * h, demandKw * h);
  }
}
