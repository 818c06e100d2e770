/**
 * LEAR, the LASSO-estimated autoregressive model of Lago et al. 2021 (epftoolbox): per calibration window
 * ({@link LearTrainer}) 24 hourly LASSO regressions, penalty by AIC ({@code model.lasso}), on the prices of D-1, D-2,
 * D-3 and D-7 (GB under the AIMLAC gate: D-2, D-3, D-4, D-7 and D-1's delivered hours), exogenous series and
 * day-of-week dummies ({@link LearFeatures}), scaled by {@link RobustAsinhScaler}; a {@link LearWindowModel} per
 * window, combined (mean or median) into a {@link LearEnsemble} by {@link LearEnsembleTrainer}, optionally
 * recency-weighted or net of a long-term seasonal level ({@code model.ltsc}). Own numeric code; no I/O here.
 */
package org.convergence.model.lear;
