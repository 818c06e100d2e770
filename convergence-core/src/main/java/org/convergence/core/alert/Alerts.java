package org.convergence.core.alert;

/** Port: where alerts go. */
public interface Alerts {
  /**
   * Sends the alert. Never throws because the channel failed (the caller's own result must not be lost to a broken
   * webhook): the answer says whether it was delivered, and why not.
   */
  AlertDelivery send(Alert alert);
}
