/**
 * {@code ./convergence sweep}: many backtest configurations (a strategy and settings keys, {@code backtest --set})
 * over blocks of market days, as one Apache Beam pipeline on the direct runner in-process or on Dataflow. Thin
 * wiring only: each element (configuration, block of days) is core's {@code Backtest} built by
 * {@code connectors.wiring.BacktestWiring}, the same one {@code ./convergence backtest} runs; the blocks of a
 * configuration are joined into core's {@code BacktestResult} and printed by {@code connectors.report.BacktestReport}.
 * Price-model evaluations of the plan likewise: each (evaluation, block) element is model's rolling evaluation
 * ({@code PriceModels.evaluate}) on a block of {@code model.eval.EvaluationBlocks}, joined by
 * {@code EvaluationBlocks.joinResults} and printed by {@code model.eval.EvaluationReport}. No domain rule lives here. Nothing depends on this package.
 */
package org.convergence.beam;
