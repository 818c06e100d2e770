/**
 * The live wiring every runner shares (runners may not depend on each other): the daily run of live mode built from
 * settings.yaml and the few parts that differ per runner (clock, store, price forecaster, dashboard publisher), and
 * the configured exchange client. The local runner's live mode and daemon and the cloud service all use it, so a
 * change to the live inputs is made once.
 */
package org.convergence.connectors.wiring;
