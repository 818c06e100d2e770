package org.convergence.core.energy;

import java.time.Instant;
import java.util.Objects;

/**
 * One metered reading of the site (powers in kW, generation and consumption both &gt;= 0). {@code NaN} marks a value
 * the reading did not have.
 */
public record SiteReading(
    Instant time,
    double windKw,
    double solarKw,
    double officeKw,
    double computingCentreKw,
    double officeTemperatureC) {
  public SiteReading {
    Objects.requireNonNull(time, "time");
  }

  public double demandKw() {
    return officeKw + computingCentreKw;
  }

  public double netKw() {
    return windKw + solarKw - officeKw - computingCentreKw;
  }
}
