/**
 * The AIMLAC exchange's HTTP API, both sides, with its JSON in {@link AimlacWire} (HTTP dates written, read leniently):
 * {@link AimlacExchangeClient} is core's {@link org.convergence.core.exchange.Exchange} port over java.net.http (a POST
 * never blindly repeated: after an unclear outcome the day is read back and only what the exchange does not hold is
 * sent again); {@link AimlacExchangeServer} answers like the original Flask exchange (Javalin) from core's {@link
 * org.convergence.core.exchange.SimulatedExchange} and {@link RecordedSiteReadings}; {@link ExchangeSiteMeter} is
 * core's {@link org.convergence.core.energy.SiteMeter} over the exchange's half-hour average power endpoint. The
 * auction's rules (orders, matching, fills) are core's; retries and timeouts the {@code http} package's.
 */
package org.convergence.connectors.exchange;
