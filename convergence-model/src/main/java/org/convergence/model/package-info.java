/**
 * The price models' contracts and entry points: a recipe ({@link PriceModelTrainer}) calibrates, on a
 * {@code DailySeries} masked to what is known before a market day, a {@link PriceModel} whose {@link DayForecast} holds
 * 24 hourly points and optional quantiles; {@link MarketProfile} says what a market lets a forecaster know (EPF: D-1;
 * AIMLAC GB: D-2 and the hours of D-1 delivered by the run's as-of time), {@link PriceModels} names the recipes,
 * evaluates them and trains them into model files. The families live in the subpackages, on Smile or own numeric
 * code; no SQL, HTTP or settings.yaml in this module (persistence, connectors and the runners own those).
 */
package org.convergence.model;
