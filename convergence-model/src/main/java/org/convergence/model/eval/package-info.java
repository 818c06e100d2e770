/**
 * Trainer-level evaluation: {@link RollingEvaluation} recalibrates a {@code PriceModelTrainer} over a test period on
 * a {@code DailySeries} masked to what each gate knows (no look-ahead), gives point models quantiles from recent errors
 * ({@link ResidualQuantiles}), conformalises the 10-90 % band ({@link ConformalBand}, Romano et al. 2019) and scores
 * with epftoolbox's metrics ({@link PointMetrics}); {@link DieboldMariano} compares two forecasts, {@link
 * EvaluationBlocks} splits a run for a sweep, {@link EvaluationReport} formats {@code evaluate prices};
 * {@link SpreadEvaluation} scores core {@code SpreadForecaster}s on a {@code PriceHistory}. A {@code PriceForecaster}'s
 * port-level replay is {@code model.selection}'s (HOUSE.md: one path to keep); no files, SQL or HTTP here.
 */
package org.convergence.model.eval;
