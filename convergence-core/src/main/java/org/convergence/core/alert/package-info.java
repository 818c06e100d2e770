/**
 * Telling people something needs a look: the {@link org.convergence.core.alert.Alerts} port, what an {@link
 * org.convergence.core.alert.Alert} says ({@link org.convergence.core.alert.AlertKind}: a failed run, a missed gate,
 * an exchange holding fewer orders than planned, a settlement warning, the daily "alive" heartbeat), and the
 * in-memory fake. Sending an alert never throws and never changes the outcome it reports: a failed delivery comes
 * back as an {@link org.convergence.core.alert.AlertDelivery} to log. The webhook implementation lives in connectors;
 * the contract test every implementation extends ships in core's test-jar.
 */
package org.convergence.core.alert;
