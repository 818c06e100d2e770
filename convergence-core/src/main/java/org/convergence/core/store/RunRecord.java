package org.convergence.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convergence.core.time.MarketDay;

/**
 * One daily run for a market day: when it ran, how it ended, which data sources it used and what it warned about.
 * There is one run per market day; storing a run again for the same day replaces it.
 *
 * @param sourcesUsed names of the sources the run actually used (e.g. "open-meteo", "exchange"), in order
 * @param warnings human-readable warnings, in order
 * @param error the error that stopped the run (empty unless {@link RunStatus#FAILED})
 * @param reportJson the run report as JSON text (empty until the run wrote one); the store keeps it verbatim
 */
public record RunRecord(
    MarketDay day,
    Instant started,
    Optional<Instant> finished,
    RunStatus status,
    List<String> sourcesUsed,
    List<String> warnings,
    Optional<String> error,
    Optional<String> reportJson) {
  public RunRecord {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(reportJson, "reportJson");
    sourcesUsed = List.copyOf(sourcesUsed);
    warnings = List.copyOf(warnings);
    if (finished.isPresent() && finished.get().isBefore(started)) {
      throw new IllegalArgumentException("run for " + day + " finished at " + finished.get()
          + " before it started at " + started);
    }
  }

  /** A run that has just started. */
  public static RunRecord started(MarketDay day, Instant started) {
    return new RunRecord(day, started, Optional.empty(), RunStatus.RUNNING, List.of(), List.of(), Optional.empty(),
        Optional.empty());
  }

  public RunRecord withSourcesUsed(List<String> sources) {
    return new RunRecord(day, started, finished, status, sources, warnings, error, reportJson);
  }

  public RunRecord withWarnings(List<String> newWarnings) {
    return new RunRecord(day, started, finished, status, sourcesUsed, newWarnings, error, reportJson);
  }

  public RunRecord withReportJson(String json) {
    return new RunRecord(day, started, finished, status, sourcesUsed, warnings, error, Optional.of(json));
  }

  /** This run, finished at {@code at} with {@code finalStatus} (SUCCEEDED or DEGRADED). */
  public RunRecord finished(Instant at, RunStatus finalStatus) {
    if (finalStatus == RunStatus.RUNNING || finalStatus == RunStatus.FAILED) {
      throw new IllegalArgumentException("a run finishes as SUCCEEDED or DEGRADED, not " + finalStatus
          + " (use failed() for errors)");
    }
    return new RunRecord(day, started, Optional.of(at), finalStatus, sourcesUsed, warnings, Optional.empty(),
        reportJson);
  }

  /** This run, stopped at {@code at} by {@code errorText}. */
  public RunRecord failed(Instant at, String errorText) {
    return new RunRecord(day, started, Optional.of(at), RunStatus.FAILED, sourcesUsed, warnings,
        Optional.of(Objects.requireNonNull(errorText, "errorText")), reportJson);
  }
}
