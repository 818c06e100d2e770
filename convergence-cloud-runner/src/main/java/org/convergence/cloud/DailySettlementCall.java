package org.convergence.cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convergence.connectors.report.SettlementJson;
import org.convergence.core.settle.DailySettlement;
import org.convergence.core.settle.SettlementResult;
import org.convergence.core.store.DayLocking;
import org.convergence.core.time.MarketDay;

/**
 * {@code /settle} runs core's {@link DailySettlement} (the job behind {@code ./convergence settle}) under each day's
 * lock: the given day, or every traded day delivered and not yet settled. Every completed call answers 200 with one
 * JSON object per day (a day whose data is incomplete is {@code PENDING} and is settled by a later call); a failure
 * answers 500, so Cloud Scheduler retries it.
 */
final class DailySettlementCall implements DailySettle {
  private final DailySettlement job;
  private final DayLocking locking;

  DailySettlementCall(DailySettlement job, DayLocking locking) {
    this.job = Objects.requireNonNull(job, "job");
    this.locking = Objects.requireNonNull(locking, "locking");
  }

  @Override
  public SettleResponse settle(Optional<MarketDay> day) {
    List<MarketDay> days = day.map(List::of).orElseGet(job::outstandingDays);
    List<SettlementResult> results = new ArrayList<>();
    for (MarketDay d : days) {
      results.add(locking.call(d, DayLocking.SETTLE, () -> job.settle(d)));
    }
    return new SettleResponse(true, SettlementJson.toJson(results));
  }
}
