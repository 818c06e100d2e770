/**
 * The {@code spread} model family: the joint predictive distribution of the day-ahead price {@code P} and the spread
 * {@code S = P - I} per hour of a market day, from prices published by the run's as-of time (scale-free: spreads over
 * their recent scale, prices over their recent level; gradient-boosted
 * regressions on Smile for the means, empirical joint residual scenarios for the spread around them), recalibrated
 * weekly on a rolling window anchored to absolute dates. Implements core's
 * {@link org.convergence.core.price.SpreadForecaster}; no I/O here.
 */
package org.convergence.model.spread;
