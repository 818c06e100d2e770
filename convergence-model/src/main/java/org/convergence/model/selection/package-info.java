/**
 * Port-level evaluation and model selection, for the retrain job: {@link RollingEvaluator} replays a core
 * {@code PriceForecaster} over market days, asking it at each day's planning time (D-1 at {@code schedule.run_at}) with
 * only the prices published by then, into an {@link Evaluation} of hourly {@link ForecastError}s;
 * {@link ChampionChallenger} promotes a challenger only on the champion's hours, over enough days and with a lower MAE
 * by a set margin. It overlaps {@code model.eval.RollingEvaluation}, which evaluates trainers on a {@code DailySeries}
 * (HOUSE.md: one path to keep); storing the decision is {@code model.archive}'s, and no I/O here.
 */
package org.convergence.model.selection;
