package org.convergence.core.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps every alert sent, in order; thread-safe. {@link #failing} makes every delivery fail, for tests. */
public final class InMemoryAlerts implements Alerts {
  private final List<Alert> sent = new ArrayList<>();
  private final Optional<String> failure;

  public InMemoryAlerts() {
    this(Optional.empty());
  }

  private InMemoryAlerts(Optional<String> failure) {
    this.failure = failure;
  }

  /** Alerts whose every delivery fails with {@code reason} (and that keep nothing). */
  public static InMemoryAlerts failing(String reason) {
    return new InMemoryAlerts(Optional.of(reason));
  }

  @Override
  public synchronized AlertDelivery send(Alert alert) {
    if (failure.isPresent()) {
      return AlertDelivery.failed(failure.get());
    }
    sent.add(alert);
    return AlertDelivery.delivered("memory");
  }

  /** Every alert delivered so far, in order. */
  public synchronized List<Alert> sent() {
    return List.copyOf(sent);
  }

  /** Delivered alerts that are problems (not heartbeats). */
  public synchronized List<Alert> problems() {
    return sent.stream().filter(a -> a.kind().problem()).toList();
  }
}
