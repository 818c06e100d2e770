package org.convergence.core.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.convergence.core.time.MarketDay;

/**
 * One alert: when, what kind, about which market day (if any) and the details, in one line a person reads on a
 * phone. {@link #line()} is the text every implementation delivers.
 *
 * @param site the site (or deployment) the alert comes from, so several teams can share one channel
 */
public record Alert(Instant at, AlertKind kind, String site, Optional<MarketDay> day, String text) {
  public Alert {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(text, "text");
  }

  public static Alert about(MarketDay day, AlertKind kind, String site, Instant at, String text) {
    return new Alert(at, kind, site, Optional.of(day), text);
  }

  /** {@code Convergence (site): gate missed for 2022-04-29: the gate closed ...}; one line. */
  public String line() {
    String body = text.replaceAll("\\s*\\R\\s*", " ").strip();
    return "Convergence (" + site + "): " + kind.title() + day.map(d -> " for " + d).orElse("")
        + (body.isEmpty() ? "" : ": " + body) + " [" + at + "]";
  }
}
