package org.convergence.core.schedule;

import java.util.List;
import java.util.Objects;
import org.convergence.core.time.MarketDay;

/**
 * What settling a day gave, as the daemon needs it: settled (stored and published) or still pending (data missing,
 * {@code summary} says which), with the warnings to alert on (e.g. the exchange's fill flag contradicting the rule).
 */
public record SettleOutcome(MarketDay day, boolean settled, String summary, List<String> warnings) {
  public SettleOutcome {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(summary, "summary");
    warnings = List.copyOf(warnings);
  }
}
