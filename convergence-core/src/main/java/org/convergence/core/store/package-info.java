/**
 * Ports for storing everything a run sees and decides, so it can be audited, plotted and backtested.
 *
 * <p>{@link org.convergence.core.store.ConvergenceStore} joins the small ports ({@link
 * org.convergence.core.store.RunStore}, {@link org.convergence.core.store.ForecastStore}, {@link
 * org.convergence.core.store.OrderStore}, {@link org.convergence.core.store.MarketDataStore}, {@link
 * org.convergence.core.store.SiteReadingStore}, {@link org.convergence.core.store.SettlementStore}, {@link
 * org.convergence.core.store.ModelRegistry}, {@link org.convergence.core.store.DayLockStore}) and adds transactions.
 * {@link org.convergence.core.store.DayLocking} runs a day's job under its lock (with an expiry), so the daemon, a
 * manual run and Cloud Scheduler never work on the same day at once. Rules every implementation keeps (the contract
 * test in core's test-jar checks them):
 *
 * <ul>
 *   <li>Every {@code save} replaces what was stored under the same natural key (a market day, a market day and
 *       hour, a reading time, a model id), so re-running a market day never adds rows.
 *   <li>Every {@code save} is atomic; {@link org.convergence.core.store.ConvergenceStore#inTransaction} makes several
 *       saves one transaction, and {@link org.convergence.core.store.ConvergenceStore#runStep} also records a failed
 *       step's error on the day's run row.
 *   <li>Times are UTC instants kept at least to the microsecond (a database drops finer digits). {@code NaN} in a reading or a
 *       weather sample (a missing value) reads back as {@code NaN}.
 *   <li>Reads of a day without data return empty, never throw.
 * </ul>
 *
 * <p>{@link org.convergence.core.store.InMemoryStore} is a complete in-memory implementation for tests and research.
 */
package org.convergence.core.store;
