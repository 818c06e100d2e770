/**
 * Market time, always UTC: the AIMLAC {@link MarketDay} D (delivery from D-1 23:00Z to D 23:00Z in 24 {@link HourId}s,
 * hour_ID 1 first; the gate at D-1 09:00:00Z, an order on time strictly before it), the half-open {@link Interval},
 * the GB {@link SettlementPeriod} (half-hours from UK local midnight) that price data comes in, the {@link
 * PlanningTime} on D-1 at which each day is planned, and the clocks that tests, backtests and demonstrations inject
 * ({@link SettableClock}, {@link ScaledClock}). Nothing here sleeps or schedules: what to do at an instant is {@code
 * core.schedule}.
 */
package org.convergence.core.time;
