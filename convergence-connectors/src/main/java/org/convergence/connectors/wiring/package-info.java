/**
 * The wiring every runner shares (runners may not depend on each other): the daily run of live mode built from
 * settings.yaml and the few parts that differ per runner (clock, store, price forecaster, dashboard publisher), the
 * configured exchange client, and the backtest on recorded data ({@link org.convergence.connectors.wiring.BacktestWiring},
 * used by the local runner's {@code backtest} and the Beam sweep). A change to the inputs is made once.
 */
package org.convergence.connectors.wiring;
