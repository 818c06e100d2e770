package org.convergence.core.dashboard;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.convergence.core.time.MarketDay;

/** A {@link DashboardPublisher} that keeps what it publishes in memory, for tests of code that publishes. */
public final class InMemoryDashboardPublisher implements DashboardPublisher {
  private final Map<MarketDay, DashboardDay> days = new TreeMap<>();
  private DashboardIndex index;
  private DashboardBacktest backtest;

  public InMemoryDashboardPublisher(String siteName) {
    this.index = DashboardIndex.empty(siteName);
  }

  @Override
  public synchronized void publish(DashboardDay day) {
    DashboardIndex updated = index.with(day);
    days.put(day.day(), day);
    index = updated;
  }

  @Override
  public synchronized void publishFailedRun(FailedRun failure) {
    index = index.withFailedRun(failure);
  }

  @Override
  public synchronized void publishBacktest(DashboardBacktest published) {
    DashboardIndex updated = index.ofBacktest(published.publishedDays());
    backtest = published;
    index = updated;
  }

  /** The backtest published last, if any. */
  public synchronized Optional<DashboardBacktest> backtest() {
    return Optional.ofNullable(backtest);
  }

  @Override
  public synchronized DashboardIndex index() {
    return index;
  }

  public synchronized Optional<DashboardDay> day(MarketDay day) {
    return Optional.ofNullable(days.get(day));
  }
}
