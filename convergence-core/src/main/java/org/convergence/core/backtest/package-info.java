/**
 * Replaying recorded market days through the daily job: {@link Backtest} runs {@code core.run.DailyRun} for each day
 * D with the clock at its planning time on D-1 (nothing recorded later is visible), gives every strategy its own
 * exchange and track record, and settles the held orders with {@code core.market.Settlement} against the metered net
 * or, on a price-only day ({@link DayKind}), the site's own forecast. {@link DailyPnl}, {@link SettledDay}, {@link
 * StrategyResult} and {@link BacktestResult} hold the P&amp;L, the value added over {@code none}, the true bound and
 * the metrics. No planning or settlement rule of its own; reading recordings, wiring and printing the report live in
 * connectors ({@code BacktestWiring}, {@code BacktestReport}) and the runners.
 */
package org.convergence.core.backtest;
