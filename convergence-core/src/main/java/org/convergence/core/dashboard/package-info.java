/**
 * The dashboard's view of one market day: prices, energy, weather, solar angles, bids with fills and P&amp;L,
 * cumulative P&amp;L and carbon saved, built from the core types of a run ({@link
 * org.convergence.core.dashboard.DashboardDay#builder}); a backtest's strategy comparison ({@link
 * org.convergence.core.dashboard.DashboardBacktest}); where published data comes from ({@link
 * org.convergence.core.dashboard.DataSource}: a backtest's days never share an index with a run's); and the port
 * that publishes them ({@link org.convergence.core.dashboard.DashboardPublisher}). Unknown numbers (a price not yet
 * cleared, an hour not yet metered) are {@code Double.NaN}, never a silent zero.
 */
package org.convergence.core.dashboard;
