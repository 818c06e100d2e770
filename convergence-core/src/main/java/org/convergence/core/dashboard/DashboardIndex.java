package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convergence.core.time.MarketDay;

/**
 * The published market days, oldest first, at most one entry per day, and the latest failed run while no later
 * publication has replaced it ({@code null} otherwise).
 */
public record DashboardIndex(String siteName, Instant updatedAt, List<DashboardIndexEntry> days,
    FailedRun failedRun) {
  public DashboardIndex(String siteName, Instant updatedAt, List<DashboardIndexEntry> days) {
    this(siteName, updatedAt, days, null);
  }

  public DashboardIndex {
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(updatedAt, "updatedAt");
    days = days.stream().sorted(Comparator.comparing(DashboardIndexEntry::day)).toList();
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i).day().equals(days.get(i - 1).day())) {
        throw new IllegalArgumentException("the dashboard index lists market day " + days.get(i).day() + " twice");
      }
    }
  }

  public static DashboardIndex empty(String siteName) {
    return new DashboardIndex(siteName, Instant.EPOCH, List.of());
  }

  /** This index with the day's entry added, or replacing the entry of the same day. */
  public DashboardIndex with(DashboardDay day) {
    DashboardIndexEntry entry = day.indexEntry();
    List<DashboardIndexEntry> out = new ArrayList<>(days.size() + 1);
    for (DashboardIndexEntry e : days) {
      if (!e.day().equals(entry.day())) {
        out.add(e);
      }
    }
    out.add(entry);
    Instant updated = day.generatedAt().isAfter(updatedAt) ? day.generatedAt() : updatedAt;
    FailedRun failure = failedRun == null || failedRun.clearedBy(day) ? null : failedRun;
    return new DashboardIndex(day.siteName(), updated, out, failure);
  }

  /** This index with {@code failure} as its latest failed run (the days stay as they are). */
  public DashboardIndex withFailedRun(FailedRun failure) {
    Objects.requireNonNull(failure, "failure");
    Instant updated = failure.failedAt().isAfter(updatedAt) ? failure.failedAt() : updatedAt;
    return new DashboardIndex(siteName, updated, days, failure);
  }

  public Optional<FailedRun> latestFailure() {
    return Optional.ofNullable(failedRun);
  }

  public Optional<DashboardIndexEntry> entry(MarketDay day) {
    return days.stream().filter(e -> e.day().equals(day)).findFirst();
  }

  public Optional<MarketDay> latest() {
    return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1).day());
  }
}
