package org.convergence.core.run;

import java.time.Instant;
import java.util.List;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.PublishedPrices;

/**
 * Views of recorded data as they stood at an instant, so that nothing recorded later can leak into a decision: a
 * price is visible once its hour's delivery has ended, a reading once it was taken.
 */
public final class CausalViews {
  private CausalViews() {}

  public static PriceHistory prices(PriceHistory history, Instant asOf) {
    return PublishedPrices.asOf(history, asOf);
  }

  public static SiteReadings readings(SiteReadings readings, Instant asOf) {
    return (from, to) -> from.isBefore(asOf) ? readings.between(from, to.isAfter(asOf) ? asOf : to) : List.of();
  }
}
