/**
 * A multi-output neural network price model (a model of another family than LEAR, for their average, as the
 * "LEAR + DNN" ensemble of Lago et al. 2021): a fully connected network ({@link Mlp}; ReLU hidden layers, 24 linear
 * outputs) on the same inputs and the same robust asinh scaling as LEAR ({@code LearFeatures.samples},
 * {@code RobustAsinhScaler}), trained with Adam on mini-batches, L2 weight decay and early stopping on the window's
 * most recent days, several seeded networks averaged ({@link MlpTrainer}, {@link MlpModel}). Own code on plain double
 * arrays (no native BLAS); pure computation, no I/O here.
 */
package org.convergence.model.mlp;
