/**
 * The dashboard's view of one market day: prices, energy, weather, solar angles, bids with fills and P&amp;L,
 * cumulative P&amp;L and carbon saved, built from the core types of a run ({@link
 * org.convergence.core.dashboard.DashboardDay#builder}), and the port that publishes it ({@link
 * org.convergence.core.dashboard.DashboardPublisher}). Unknown numbers (a price not yet cleared, an hour not yet
 * metered) are {@code Double.NaN}, never a silent zero.
 */
package org.convergence.core.dashboard;
