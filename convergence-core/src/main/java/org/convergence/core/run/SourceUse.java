package org.convergence.core.run;

import java.util.Objects;

/** Which source served a role in a run (e.g. weather: replay; prices: lear-ensemble), with a note. */
public record SourceUse(String role, String source, String note) {
  public SourceUse {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
  }
}
