/**
 * The retrain job ({@link RetrainMain}, a Cloud Run Job configured from the environment by {@link RetrainConfig}):
 * {@link RetrainJob} trains settings.yaml's {@code prices.model} on the price history known now, evaluates it against
 * the champion on the last complete market days, stores it with its provenance in the model archive (and in the
 * database's model registry) and promotes it only when it is better. The history comes from {@code
 * exchange.prices_file} or the bundled GB prices, Elexon ({@link ElexonHistory}) or the exchange; {@link ModelTraining}
 * adapts convergence-model's recipes to {@link PriceModels}. Only the job's steps and wiring live here: the recipes,
 * the rolling evaluation and the promotion rule are convergence-model's; serving the champion is the cloud runner's.
 */
package org.convergence.retrain;
