/**
 * Live mode's price history: the {@code prices.sources} setting made into a {@link
 * org.convergence.core.price.PriceHistoryChain} of the exchange's price endpoints, Elexon Insights and the database
 * of fetched prices. Only wiring lives here; each source's wire format stays in its own package.
 */
package org.convergence.connectors.prices;
