/**
 * GB price files read into core's {@link org.convergence.core.price.InMemoryPriceHistory} (a {@code PriceHistory}) by
 * AIMLAC market day and hour ({@link GbPriceFiles}): Elexon MID APXMIDP half-hours as clearing prices (the mean of the
 * half-hours in each hour) and GB system prices as imbalance prices (hourly, or the half-hours {@code fetch prices}
 * writes), CSV or gzip, a file or a folder, each file's kind told by its header; also the bundled GB prices. Suspicious
 * values are kept and reported as warnings, never dropped. Fetching prices from Elexon is the {@code elexon} package's,
 * choosing among price sources the {@code prices} package's, and the auction's limits ({@code MarketRules}) are core's.
 */
package org.convergence.connectors.gbprices;
