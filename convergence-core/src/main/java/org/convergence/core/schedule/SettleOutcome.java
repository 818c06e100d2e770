package org.convergence.core.schedule;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.convergence.core.settle.SettlementResult;
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

  /** The daemon's view of the settlement job's result: settled or pending, its P&amp;L line, its warnings. */
  public static SettleOutcome of(SettlementResult r) {
    String summary = r.isSettled()
        ? String.format(Locale.ROOT, "P&L %.2f GBP (day-ahead %.2f, imbalance %.2f), value added %.2f, bound %.2f",
            r.pnlGbp(), r.dayAheadGbp(), r.imbalanceGbp(), r.valueAddedGbp(), r.boundPnlGbp())
        : r.message();
    return new SettleOutcome(r.day(), r.isSettled(), summary, r.warnings());
  }
}
