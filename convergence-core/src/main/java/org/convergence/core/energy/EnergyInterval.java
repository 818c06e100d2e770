package org.convergence.core.energy;

import java.util.Objects;
import org.convergence.core.time.Interval;

/**
 * The site's energy over one interval, kWh. Generation and demand are &gt;= 0; net = wind + solar - demand (positive
 * = the site exports).
 */
public record EnergyInterval(Interval interval, double windKWh, double solarKWh, double demandKWh) {
  public EnergyInterval {
    Objects.requireNonNull(interval, "interval");
    if (!(windKWh >= 0) || !(solarKWh >= 0) || !(demandKWh >= 0)) {
      throw new IllegalArgumentException(interval + ": energies must be finite and >= 0 kWh, were wind " + windKWh
          + ", solar " + solarKWh + ", demand " + demandKWh);
    }
  }

  public double generationKWh() {
    return windKWh + solarKWh;
  }

  public double netKWh() {
    return windKWh + solarKWh - demandKWh;
  }

  public double netMWh() {
    return netKWh() / 1000.0;
  }
}
