package org.convergence.core.site;

import java.util.Objects;
import org.convergence.core.energy.ResidualCorrection;
import org.convergence.core.market.GridConnection;

/**
 * Everything the models need to know about the site.
 *
 * @param correction the causal residual correction on top of the physics ({@code site.correction})
 */
public record SiteSpec(
    String name,
    GeoLocation location,
    GridConnection grid,
    WindFarmSpec wind,
    SolarArraySpec solar,
    DemandSpec demand,
    ResidualCorrection correction) {
  public SiteSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(wind, "wind");
    Objects.requireNonNull(solar, "solar");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(correction, "correction");
  }
}
