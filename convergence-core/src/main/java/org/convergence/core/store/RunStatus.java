package org.convergence.core.store;

/** Where a daily run stands. */
public enum RunStatus {
  /** Started, not finished yet (or the process died while running). */
  RUNNING,
  /** Finished; every step stored. */
  SUCCEEDED,
  /** Finished with usable output, but with warnings (e.g. a fallback source was used). */
  DEGRADED,
  /** Stopped by an error; {@link RunRecord#error()} says which. */
  FAILED
}
