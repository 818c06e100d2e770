package org.convergence.core.dashboard;

import org.convergence.core.time.MarketDay;

class InMemoryDashboardPublisherTest extends DashboardPublisherContract {
  @Override
  protected DashboardPublisher publisher() {
    return new InMemoryDashboardPublisher("Test site");
  }

  @Override
  protected boolean hasPublishedDay(DashboardPublisher publisher, MarketDay day) {
    return ((InMemoryDashboardPublisher) publisher).day(day).isPresent();
  }

  @Override
  protected double publishedDayPnlGbp(DashboardPublisher publisher, MarketDay day) {
    return ((InMemoryDashboardPublisher) publisher).day(day).orElseThrow().summary().pnlGbp();
  }

  @Override
  protected boolean hasPublishedBacktest(DashboardPublisher publisher) {
    return ((InMemoryDashboardPublisher) publisher).backtest().isPresent();
  }
}
