/**
 * What the commands print about a run, a settlement or a backtest: {@link RunReportJson} (core's {@link
 * org.convergence.core.run.RunReport} as JSON: {@code ./convergence run --json}, stored with each run), {@link
 * SettlementJson} (settled days, {@code ./convergence settle --json}), both snake_case names with units and {@code
 * null} for unknown values, and {@link BacktestReport} (a backtest's tables and JSON, one printer for {@code
 * ./convergence backtest} and the Beam sweep). Formatting only: every figure is computed in core (run, settlement,
 * backtest), and the dashboard's files are the {@code dashboard} package's.
 */
package org.convergence.connectors.report;
