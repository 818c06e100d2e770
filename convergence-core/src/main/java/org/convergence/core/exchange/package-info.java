/**
 * The AIMLAC day-ahead exchange as one team sees it: the {@link Exchange} port (submit a day's {@code OrderSet}, read
 * back the {@link HeldOrder}s with their fills and, as a {@code PriceHistory}, the published prices), its answers and
 * errors ({@link SubmissionReceipt}, {@link ExchangeException}, {@link ExchangeAuthenticationException}), and {@link
 * SimulatedExchange}, the in-process exchange for several keys that replays recorded prices on an injected clock:
 * orders at or after the gate are rejected, the latest order per hour counts, nothing shows before an hour's delivery
 * has ended. The fill rule is {@code core.market.MarketRules}; the HTTP client is in connectors; the contract test
 * every implementation extends ({@code ExchangeContractTest}) ships in core's test-jar.
 */
package org.convergence.core.exchange;
