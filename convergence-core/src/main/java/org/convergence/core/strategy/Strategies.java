package org.convergence.core.strategy;

import java.util.List;
import java.util.Locale;

/** The strategies by the names settings.yaml and the command line use. */
public final class Strategies {
  /** Every strategy name, in the order reports list them. */
  public static final List<String> NAMES = List.of(
      NoTradeStrategy.NAME, SeedStrategy.NAME, HedgeStrategy.NAME, QuantileStrategy.NAME, SpreadStrategy.NAME,
      TrailingSpreadStrategy.nameOf(7), TrailingSpreadStrategy.nameOf(14), TrailingSpreadStrategy.nameOf(28),
      EvStrategy.NAME);

  private Strategies() {}

  /** The strategy of that name ({@code ev} with the default risk budget); an unknown name lists the known ones. */
  public static BiddingStrategy byName(String name) {
    return byName(name, RiskBudget.defaults());
  }

  /** The strategy of that name, {@code ev} under the given risk budget with the default decision rule. */
  public static BiddingStrategy byName(String name, RiskBudget risk) {
    return byName(name, risk, EvStrategy.DEFAULT_CONDITIONAL_LIMITS);
  }

  /** The strategy of that name, {@code ev} under the given risk budget, with or without conditional limits. */
  public static BiddingStrategy byName(String name, RiskBudget risk, boolean conditionalLimits) {
    return byName(name, risk, conditionalLimits, EvStrategy.DEFAULT_MODEL_WEIGHT,
        EvStrategy.DEFAULT_TRAILING_VOTE_DAYS);
  }

  /**
   * The strategy of that name, {@code ev} under the given risk budget, limits rule, model weight in the vote and
   * trailing vote ({@link EvStrategy#EvStrategy(RiskBudget, boolean, double, int)}).
   */
  public static BiddingStrategy byName(String name, RiskBudget risk, boolean conditionalLimits, double modelWeight,
      int trailingVoteDays) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case SeedStrategy.NAME -> new SeedStrategy();
      case HedgeStrategy.NAME -> new HedgeStrategy();
      case QuantileStrategy.NAME -> new QuantileStrategy();
      case SpreadStrategy.NAME -> new SpreadStrategy();
      case NoTradeStrategy.NAME -> new NoTradeStrategy();
      case "trailing-7" -> new TrailingSpreadStrategy(7);
      case "trailing-14" -> new TrailingSpreadStrategy(14);
      case "trailing-28" -> new TrailingSpreadStrategy(28);
      case EvStrategy.NAME -> new EvStrategy(risk, conditionalLimits, modelWeight, trailingVoteDays);
      default -> throw new IllegalArgumentException("unknown strategy '" + name + "', expected one of " + NAMES);
    };
  }
}
