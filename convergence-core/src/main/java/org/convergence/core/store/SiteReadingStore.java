package org.convergence.core.store;

import java.time.Instant;
import java.util.List;
import org.convergence.core.energy.SiteReading;

/** Port: metered readings of the site, one per reading time. */
public interface SiteReadingStore {
  /** Stores readings, replacing any stored for the same time. */
  void saveSiteReadings(List<SiteReading> readings);

  /** Readings with {@code from <= time < to}, ordered by time. */
  List<SiteReading> siteReadings(Instant from, Instant to);
}
