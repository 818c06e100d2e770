package org.convergence.core.strategy;

import java.time.Instant;
import java.util.List;
import org.convergence.core.time.MarketDay;

/**
 * Port: a strategy's realised daily value added {@code sum_h q (P - I)} (GBP), oldest first, of the market days before
 * {@code day} that were settled by {@code asOf} (both prices published). A backtest or a settlement job provides it;
 * the {@code ev} strategy's drawdown stop reads it through {@link BiddingContext#realisedValueAddedGbp()}.
 */
@FunctionalInterface
public interface RealisedValueAdded {
  List<Double> dailyGbp(String strategy, MarketDay day, Instant asOf);

  /** Nothing realised is known (the drawdown stop never triggers). */
  static RealisedValueAdded none() {
    return (strategy, day, asOf) -> List.of();
  }
}
