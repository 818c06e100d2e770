package org.convergence.core.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.convergence.core.time.MarketDay;

/**
 * Everything a run stores, behind one object. Each {@code save} is its own transaction; {@link #inTransaction}, {@link #callInTransaction}
 * and {@link #runStep} group several saves into one ("one transaction per run step").
 *
 * <p>Typical daily run:
 *
 * <pre>{@code
 * store.saveRun(RunRecord.started(day, now));
 * store.runStep(day, "forecast", tx -> {
 *   tx.saveWeatherForecast(day, weather);
 *   tx.saveEnergyForecast(energy);
 *   tx.savePriceForecast(prices);
 * });
 * store.runStep(day, "submit", tx -> tx.saveSubmission(submission));
 * store.saveRun(store.run(day).orElseThrow().finished(end, RunStatus.SUCCEEDED));
 * }</pre>
 */
public interface ConvergenceStore
    extends RunStore,
        ForecastStore,
        OrderStore,
        MarketDataStore,
        SiteReadingStore,
        SettlementStore,
        ModelRegistry,
        DayLockStore,
        AutoCloseable {

  /**
   * Runs {@code work} against a view of this store whose saves all commit together when {@code work} returns, or
   * none of them when it throws (the exception is rethrown unchanged). Reads inside see the view's own writes.
   * Nested calls on the view join the same transaction.
   */
  <T> T callInTransaction(Function<ConvergenceStore, T> work);

  /** {@link #callInTransaction(Function)} for work without a result. */
  default void inTransaction(Consumer<ConvergenceStore> work) {
    callInTransaction(tx -> {
      work.accept(tx);
      return null;
    });
  }

  /**
   * Runs one step of the run for {@code day} in one transaction. When the step throws, its writes are rolled back,
   * the day's run row is marked {@link RunStatus#FAILED} with an error naming the step and the cause (a run row is
   * created if there was none), and the exception is rethrown.
   */
  default void runStep(MarketDay day, String step, Consumer<ConvergenceStore> work) {
    try {
      inTransaction(work);
    } catch (RuntimeException e) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
      String error = "step '" + step + "' failed: " + describe(e);
      try {
        RunRecord run = run(day).orElseGet(() -> RunRecord.started(day, now));
        saveRun(run.failed(now.isBefore(run.started()) ? run.started() : now, error));
      } catch (RuntimeException recordFailure) {
        e.addSuppressed(recordFailure);
      }
      throw e;
    }
  }

  /** Closes connections or other resources; the in-memory store has none. */
  @Override
  void close();

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 2000; t = t.getCause()) {
      if (sb.length() > 0) {
        sb.append(" <- ");
      }
      sb.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        sb.append(": ").append(t.getMessage());
      }
    }
    return sb.toString();
  }
}
