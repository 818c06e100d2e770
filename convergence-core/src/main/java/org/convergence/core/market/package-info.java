/**
 * The AIMLAC market's rules and money: an {@link Order} (side, MWh and a limit in GBP/MWh for one hour_ID) and a day's
 * {@link OrderSet} (at most one per hour; every problem at once in an {@link OrderValidationException}), the price
 * limits and the fill rule ({@link MarketRules}: a SELL fills when its limit is at or below the clearing price, a BUY
 * at or above), the {@link GridConnection} cap, and the one settlement rule ({@link Settlement}: the filled volume at
 * the clearing price, actual minus contracted at the imbalance price; {@link HourSettlement}, {@link SettledHour})
 * with the true bound ({@link PerfectForesightBound}). Talking to an exchange is {@code core.exchange}; choosing orders
 * is {@code core.strategy}.
 */
package org.convergence.core.market;
