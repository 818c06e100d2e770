package org.convergence.core.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convergence.core.time.MarketDay;

/**
 * The published market days, oldest first, at most one entry per day, the latest failed run while no later
 * publication has replaced it ({@code null} otherwise), and where the days come from: a backtest's days are never
 * listed with a run's ({@link #with}), so a backtest cannot be published over a live history.
 */
public record DashboardIndex(String siteName, Instant updatedAt, List<DashboardIndexEntry> days,
    FailedRun failedRun, DataSource source) {
  public DashboardIndex(String siteName, Instant updatedAt, List<DashboardIndexEntry> days) {
    this(siteName, updatedAt, days, null, DataSource.LIVE);
  }

  public DashboardIndex(String siteName, Instant updatedAt, List<DashboardIndexEntry> days, FailedRun failedRun) {
    this(siteName, updatedAt, days, failedRun, DataSource.LIVE);
  }

  public DashboardIndex {
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(source, "source");
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

  /**
   * This index with the day's entry added, or replacing the entry of the same day.
   *
   * @throws IllegalStateException when the day is a backtest's and this index lists a run's days, or the other way
   *     round (nothing is published then)
   */
  public DashboardIndex with(DashboardDay day) {
    if (claimed() && !source.mixesWith(day.source())) {
      throw new IllegalStateException("market day " + day.day() + " is " + day.source().label() + " data, but this"
          + " dashboard folder holds " + source.label() + " data: a backtest is published into its own folder,"
          + " never over a live history");
    }
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
    DataSource merged = !claimed() || source == day.source() ? day.source() : DataSource.LIVE;
    return new DashboardIndex(day.siteName(), updated, out, failure, merged);
  }

  /**
   * This index as a backtest leaves it: only the days {@code published} (the days this backtest published; days
   * an earlier backtest left in the folder are dropped), marked as backtest data.
   *
   * @throws IllegalStateException when this index lists a run's days
   */
  public DashboardIndex ofBacktest(java.util.Collection<MarketDay> published) {
    if (claimed() && source != DataSource.BACKTEST) {
      throw new IllegalStateException("this dashboard folder holds " + source.label() + " data: a backtest is"
          + " published into its own folder, never over a live history");
    }
    List<DashboardIndexEntry> kept = days.stream().filter(e -> published.contains(e.day())).toList();
    return new DashboardIndex(siteName, updatedAt, kept, failedRun, DataSource.BACKTEST);
  }

  /** True when a day, a failed run or a backtest has been published: the folder's source is then fixed. */
  private boolean claimed() {
    return !days.isEmpty() || failedRun != null || source == DataSource.BACKTEST;
  }

  /** This index with {@code failure} as its latest failed run (the days stay as they are). */
  public DashboardIndex withFailedRun(FailedRun failure) {
    Objects.requireNonNull(failure, "failure");
    Instant updated = failure.failedAt().isAfter(updatedAt) ? failure.failedAt() : updatedAt;
    return new DashboardIndex(siteName, updated, days, failure, source);
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
