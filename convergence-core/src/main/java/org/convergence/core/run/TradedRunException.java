package org.convergence.core.run;

import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * A daily run failed after it had sent orders to the exchange: the message says how many were sent and accepted
 * (they stand at the exchange) and what failed afterwards. The cause is the original failure.
 */
public final class TradedRunException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient MarketDay day;

  public TradedRunException(MarketDay day, String message, Throwable cause) {
    super(message, cause);
    this.day = Objects.requireNonNull(day, "day");
  }

  public MarketDay day() {
    return day;
  }
}
