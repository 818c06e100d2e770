/**
 * Combinations of price recipes of different families (e.g. {@code lear-wide-mlp}: {@code lear-wide} and the MLP):
 * the hour-by-hour combination of their point forecasts, each member recalibrated as it would be alone. The LEAR
 * ensemble ({@code model.lear.LearEnsemble}) combines LEAR windows only (a model file stores those); this combines any
 * recipes, with the same arithmetic ({@code LearEnsemble.Combination}). Evaluation only; pure computation.
 */
package org.convergence.model.combine;
