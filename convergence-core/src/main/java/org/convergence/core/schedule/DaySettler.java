package org.convergence.core.schedule;

import org.convergence.core.time.MarketDay;

/** Port: settles one traded, delivered market day (the daily settlement job). */
@FunctionalInterface
public interface DaySettler {
  SettleOutcome settle(MarketDay day);
}
