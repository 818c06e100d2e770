/**
 * Settlement of traded days, written against ports: after a day's delivery, {@link
 * org.convergence.core.settle.DailySettlement} gathers the clearing and imbalance prices (a {@code PriceHistory}),
 * the orders held (the exchange, or the store when the exchange was in-process), and the site's metered energy (a
 * {@code SiteMeter}), settles every hour with {@code core.market.Settlement} (the backtest's code), stores one row per
 * hour and publishes the settled day. Nothing here does I/O itself; a day whose data is incomplete stays pending and
 * says why.
 */
package org.convergence.core.settle;
