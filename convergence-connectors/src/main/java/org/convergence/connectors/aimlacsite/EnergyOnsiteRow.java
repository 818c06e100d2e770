package org.convergence.connectors.aimlacsite;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.convergence.core.energy.SiteReading;

/**
 * One row of {@code energy_onsite.csv} as recorded: powers in W, signed as the site reports them (consumption
 * negative, generation positive), each turbine on its own. {@code NaN} marks an empty or {@code NULL} cell.
 *
 * @param hqPowerW the office ({@code hq_power}), &lt;= 0
 * @param computingCentreW the computing centre ({@code computing_center}), &lt;= 0
 * @param turbinesW each turbine's power by column name ({@code wind1 .. wind4, windA, windB}, in that order)
 * @param solarW the solar array ({@code solar})
 * @param hqTemperatureC the office's inside temperature ({@code hq_temperature})
 */
public record EnergyOnsiteRow(Instant time, double hqPowerW, double computingCentreW, Map<String, Double> turbinesW,
    double solarW, double hqTemperatureC) {
  public EnergyOnsiteRow {
    Objects.requireNonNull(time, "time");
    turbinesW = ImmutableMap.copyOf(Objects.requireNonNull(turbinesW, "turbinesW")); // keeps the column order
  }

  /** The six turbines together, W (NaN when any of them is missing). */
  public double windW() {
    double sum = 0;
    for (double w : turbinesW.values()) {
      sum += w;
    }
    return sum;
  }

  /** The site's net power, W: generation minus consumption (the sum of the signed powers); NaN if any is missing. */
  public double netPowerW() {
    return hqPowerW + computingCentreW + windW() + solarW;
  }

  /** This row in kW with generation and consumption both positive. */
  public SiteReading toSiteReading() {
    return new SiteReading(time, windW() / 1000, solarW / 1000, -hqPowerW / 1000, -computingCentreW / 1000,
        hqTemperatureC);
  }
}
