package org.convergence.cloud;

import org.convergence.core.time.MarketDay;

/**
 * What {@code POST /update} runs: the daily run for one market day. Implementations must be idempotent (Cloud
 * Scheduler retries a call that timed out or failed), and return the run report.
 */
public interface DailyUpdate {
  UpdateOutcome run(MarketDay day) throws Exception;
}
