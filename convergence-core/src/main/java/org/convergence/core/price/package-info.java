/**
 * Clearing and imbalance prices by market day and hour_ID: the {@link PriceHistory} port with its in-memory
 * implementation ({@link InMemoryPriceHistory}), a chain of sources ({@link PriceHistoryChain}), the one publication
 * rule (an hour's prices are public once its delivery has ended, {@link PublishedPrices}) and the check of a run's
 * history ({@link PriceSanity}); the {@link PriceForecaster} port (24 points with quantiles, a {@link PriceForecast})
 * with its {@link FallbackPriceForecaster}; and the {@link SpreadForecaster} port (joint scenarios of {@code P} and
 * {@code S = P - I}, a {@link SpreadForecast}) with the simple {@link EmpiricalSpreadForecaster}. The trained models
 * (LEAR, the MLP, the spread models) live in convergence-model; fetching prices (Elexon, the exchange) in connectors.
 */
package org.convergence.core.price;
