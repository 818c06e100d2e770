package org.convergence.beam;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One element of a sweep: a configuration and the block of market days {@code from..to} it reports, replayed from
 * {@code warmFrom} (the period's first day, or {@code warmup_days} before {@code from}) so that the strategy's track
 * record stands as it would in one run from the period's start.
 */
public record BlockTask(SweepConfiguration configuration, int block, LocalDate warmFrom, LocalDate from, LocalDate to)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
