package org.convergence.core.alert;

import java.util.Objects;

/**
 * Whether an alert reached its channel. {@code detail} says where, or why not (never a secret: a webhook's URL is
 * shown by its host only).
 */
public record AlertDelivery(boolean delivered, String detail) {
  public AlertDelivery {
    Objects.requireNonNull(detail, "detail");
  }

  public static AlertDelivery delivered(String where) {
    return new AlertDelivery(true, where);
  }

  public static AlertDelivery failed(String why) {
    return new AlertDelivery(false, why);
  }
}
