package org.convergence.core.store;

/** A store could not read or write; the message names the operation and the market day or key involved. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
