package org.convergence.core.strategy;

import java.util.Optional;
import org.convergence.core.market.Order;
import org.convergence.core.time.HourId;

/**
 * Why the {@code ev} strategy placed an hour's order: the order (empty when none), its expected value added
 * {@code E[q (P - I) 1{fill}]} on the spread scenarios, its fill probability, the limit rule chosen, and the
 * quantiles of the spread {@code S = P - I} and of the clearing price {@code P} behind it (GBP/MWh).
 */
public record HourDecision(HourId hour, Optional<Order> order, double positionBeyondNetMWh, double expectedValueGbp,
    double fillProbability, String limitRule, double spreadQ10, double spreadQ50, double spreadQ90,
    double spreadMean, double clearingQ10, double clearingQ50, double clearingQ90) {}
