package org.convergence.core.store;

import java.util.List;
import java.util.Optional;
import org.convergence.core.time.MarketDay;

/** Port: one run row per market day. */
public interface RunStore {
  /** Stores the run, replacing any run stored for the same market day. */
  void saveRun(RunRecord run);

  Optional<RunRecord> run(MarketDay day);

  /** Runs of the market days from..to (inclusive), ordered by day. */
  List<RunRecord> runs(MarketDay from, MarketDay to);
}
