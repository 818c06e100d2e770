/**
 * The {@code gbm} recipe: gradient-boosted quantile regression on Smile ({@code smile.regression.GradientTreeBoost}
 * with the quantile loss), one model per level over all 24 hours on calendar, price-lag and up to two exogenous
 * features ({@link QuantileBoostTrainer#FEATURES}), calibrated on the last {@code windowDays} known days; the median
 * model gives the point forecast and {@link QuantileBoostModel} sorts the quantiles so they never cross. Pure
 * computation: storing the trees is {@code model.file}'s, evaluating them {@code model.eval}'s; no I/O here.
 */
package org.convergence.model.gbm;
