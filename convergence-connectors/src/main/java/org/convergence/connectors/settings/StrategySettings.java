package org.convergence.connectors.settings;

import java.util.Objects;
import java.util.Set;
import org.convergence.core.strategy.BiddingStrategy;
import org.convergence.core.strategy.EvStrategy;
import org.convergence.core.strategy.RiskBudget;
import org.convergence.core.strategy.Strategies;

/**
 * The bidding strategy, by name, with the {@code ev} strategy's risk budget and decision rule.
 *
 * @param conditionalLimits {@code ev}: also try limits at the 10..90 % quantiles of the clearing-price scenarios
 * @param modelWeight {@code ev}: the spread model's weight against the trailing 7/14/28-day signs in the side vote,
 *     within [0, 1] (1 = the model alone)
 * @param trailingVoteDays {@code ev}: 0 = the trailing vote is the mean of the 7/14/28-day signs; K > 0 = the sign
 *     of the window whose rule added most over the last K settled days
 */
public record StrategySettings(String name, Risk risk, boolean conditionalLimits, double modelWeight,
    int trailingVoteDays) {
  public static final Set<String> KNOWN = Set.copyOf(Strategies.NAMES);

  /** {@code strategy.risk.*}: see {@link RiskBudget} for the meaning of each key. */
  public record Risk(double maxPositionMw, double dailyLossLimitGbp, double lossConfidence, double drawdownStopGbp,
      int drawdownWindowDays, double minEdgeGbpPerMwh) {
    public RiskBudget budget() {
      return new RiskBudget(maxPositionMw, dailyLossLimitGbp, lossConfidence, drawdownStopGbp, drawdownWindowDays,
          minEdgeGbpPerMwh);
    }
  }

  public StrategySettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(risk, "risk");
    if (!KNOWN.contains(name)) {
      throw new IllegalArgumentException("name must be one of " + KNOWN + ", was '" + name + "'");
    }
    try {
      risk.budget();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("risk: " + e.getMessage(), e);
    }
    if (!(modelWeight >= 0 && modelWeight <= 1)) {
      throw new IllegalArgumentException("model_weight must be within [0, 1], was " + modelWeight);
    }
    if (trailingVoteDays < 0 || trailingVoteDays > EvStrategy.MAX_TRAILING_VOTE_DAYS) {
      throw new IllegalArgumentException("trailing_vote_days must be within 0.." + EvStrategy.MAX_TRAILING_VOTE_DAYS
          + ", was " + trailingVoteDays);
    }
  }

  /** The strategy of that name under these settings. */
  public BiddingStrategy strategy(String strategyName) {
    return Strategies.byName(strategyName, risk.budget(), conditionalLimits, modelWeight, trailingVoteDays);
  }

  /** The configured strategy. */
  public BiddingStrategy strategy() {
    return strategy(name);
  }
}
