/**
 * Elexon Insights (BMRS, no key): {@link ElexonClient} fetches the APXMIDP market index (MID, in chunks of 7 settlement
 * dates) and the system prices (one settlement date per request) as JSON into {@link MarketIndexPrice}s and {@link
 * SystemPrice}s on core's settlement periods; {@link AimlacHours} averages the half-hours into AIMLAC hours; {@link
 * ElexonPriceHistory} is core's {@link org.convergence.core.price.PriceHistory} port over them, fetched when asked;
 * {@link ElexonCsv} writes them as CSV (the market index in the gb-prices data set's format). Reading GB price files is
 * the {@code gbprices} package's, choosing among price sources the {@code prices} package's; market time ({@code
 * MarketDay}, {@code SettlementPeriod}) is core's.
 */
package org.convergence.connectors.elexon;
