package org.convergence.core.energy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Port: recorded site readings. */
public interface SiteReadings {
  /** Readings with {@code from <= time < to}, in time order; none is an empty list. */
  List<SiteReading> between(Instant from, Instant to);

  /** Readings held in memory (sorted once, found by binary search). */
  static SiteReadings of(List<SiteReading> readings) {
    List<SiteReading> sorted = new ArrayList<>(readings);
    sorted.sort(Comparator.comparing(SiteReading::time));
    List<SiteReading> all = List.copyOf(sorted);
    return (from, to) -> {
      int lo = firstAtOrAfter(all, from);
      int hi = firstAtOrAfter(all, to);
      return lo >= hi ? List.of() : all.subList(lo, hi);
    };
  }

  private static int firstAtOrAfter(List<SiteReading> sorted, Instant t) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).time().isBefore(t)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
