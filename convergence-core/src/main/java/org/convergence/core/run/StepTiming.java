package org.convergence.core.run;

import java.time.Duration;
import java.util.Objects;

/** How long one step of a run took. */
public record StepTiming(String step, Duration duration) {
  public StepTiming {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(duration, "duration");
  }
}
