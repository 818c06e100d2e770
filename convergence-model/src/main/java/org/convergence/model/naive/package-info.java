/**
 * The naive benchmarks of the EPF literature ({@link NaiveTrainer}: {@code naive-weekly}, {@code naive-standard}):
 * each hour's price a week earlier or, for standard on Tuesday to Friday, that of the latest known day (D-1 on the
 * EPF markets, D-2 on GB); a missing price is the same hour's of the latest earlier day that has it (up to a week
 * back). Nothing to calibrate; {@code naive-weekly} is also GB's fallback when a run's model cannot forecast. Pure
 * computation; no I/O here.
 */
package org.convergence.model.naive;
