package org.convergence.core.energy;

import java.time.Instant;
import java.util.List;

/** Port: recorded site readings. */
public interface SiteReadings {
  /** Readings with {@code from <= time < to}, in time order; none is an empty list. */
  List<SiteReading> between(Instant from, Instant to);
}
