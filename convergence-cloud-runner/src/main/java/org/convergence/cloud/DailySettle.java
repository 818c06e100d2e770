package org.convergence.cloud;

import java.util.Optional;
import org.convergence.core.time.MarketDay;

/**
 * What {@code POST /settle} runs: the daily settlement job, for one market day or (empty) every traded day not yet
 * settled whose data is complete. Idempotent, like {@link DailyUpdate}: Cloud Scheduler retries failed calls.
 */
public interface DailySettle {
  SettleResponse settle(Optional<MarketDay> day) throws Exception;

  /** The settlement's result as JSON, answered verbatim; {@code succeeded} false answers 500. */
  record SettleResponse(boolean succeeded, String json) {
    public SettleResponse {
      java.util.Objects.requireNonNull(json, "json");
    }
  }
}
