package org.convergence.core.backtest;

import java.util.Objects;
import java.util.OptionalDouble;
import org.convergence.core.time.MarketDay;

/**
 * A backtest day that was settled, the same for every strategy: what its energy rests on, the weather source that
 * served its forecast, the true bound's P&amp;L and value added ({@link org.convergence.core.market.PerfectForesightBound}), and the
 * perfect-foresight hedge's P&amp;L (metered days only). GBP.
 */
public record SettledDay(MarketDay day, DayKind kind, String weatherSource, double boundPnlGbp,
    double boundValueAddedGbp, OptionalDouble oraclePnlGbp) {
  public SettledDay {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(weatherSource, "weatherSource");
    Objects.requireNonNull(oraclePnlGbp, "oraclePnlGbp");
    if (kind.metered() != oraclePnlGbp.isPresent()) {
      throw new IllegalArgumentException(day + ": the oracle is settled on metered days only");
    }
  }
}
