package org.convergence.core.exchange;

import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.OrderSet;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.MarketDay;

/**
 * Port: an AIMLAC-compatible day-ahead exchange, seen by one team (the key is part of the implementation, never of
 * the calls). Implementations: {@link SimulatedExchange} in-process, and the HTTP client in convergence-connectors.
 *
 * <p>Rules every implementation follows (checked by {@code ExchangeContractTest} in core's test-jar):
 *
 * <ul>
 *   <li>orders for day D received at or after D-1 09:00:00Z are rejected; the receipt counts the accepted ones and
 *       its message says how many were rejected and why;
 *   <li>one order per hour counts: the latest one received;
 *   <li>a SELL fills when its limit &lt;= the hour's clearing price, a BUY when its limit &gt;= it;
 *   <li>a wrong key is an {@link ExchangeAuthenticationException}, never an empty answer;
 *   <li>a day without prices gives no price rows and orders whose {@code filled} is empty, never an exception;
 *   <li>the exchange never reveals the future: an hour's clearing and imbalance prices and the fill outcome of an
 *       order for it appear only once the hour's delivery has ended by the exchange's clock (before: absent, and
 *       {@code filled} empty); no call moves that clock.
 * </ul>
 *
 * <p>As a {@link PriceHistory} an exchange serves the clearing and imbalance prices it has published.
 */
public interface Exchange extends PriceHistory {
  /**
   * Sends a day's orders. Each order replaces any earlier order for its hour.
   *
   * @return how many the exchange accepted, and its message
   * @throws ExchangeAuthenticationException when the exchange does not know the key
   * @throws ExchangeException when the exchange cannot be reached or answers with an error
   */
  SubmissionReceipt submit(OrderSet orders);

  /**
   * The orders the exchange holds for a day, one per hour (the latest received), hour 1 first, each with its fill
   * outcome (empty until the hour has been delivered and its clearing price is known). Empty when none were sent.
   */
  List<HeldOrder> heldOrders(MarketDay day);

  /** Clearing prices of the market days from..to (inclusive), ordered by day and hour; days without prices give none. */
  @Override
  List<HourPrice> clearingPrices(MarketDay from, MarketDay to);

  /** Imbalance prices of the market days from..to (inclusive), ordered by day and hour. */
  @Override
  List<HourPrice> imbalancePrices(MarketDay from, MarketDay to);
}
