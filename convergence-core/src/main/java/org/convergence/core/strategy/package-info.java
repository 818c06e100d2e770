/**
 * Bidding strategies: the {@link BiddingStrategy} port turns a {@link BiddingContext} (all known before the gate: the
 * energy and price forecasts, the grid cap, the {@link SpreadEstimate}, the {@link NetUncertainty}, the spread
 * scenarios and the strategy's own {@link TrackRecord} up to D-2) into at most one order per hour, a pure function.
 * The strategies by their settings names ({@link Strategies}: {@code none}, {@code seed}, {@code hedge}, {@code
 * quantile}, {@code spread}, {@code trailing-N}, {@code ev} under a {@link RiskBudget}) and {@link Contracts}, which
 * caps and rounds their orders. Forecasting is {@code core.price} and {@code core.energy}; submitting and verifying
 * orders is {@code core.run.DailyRun}; settling them is {@code core.market}.
 */
package org.convergence.core.strategy;
