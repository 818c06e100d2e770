package org.convergence.core.exchange;

/**
 * The exchange could not be reached, or answered with an error or with something that is not its API. The message
 * names the endpoint and, where there was one, the HTTP status; it never contains the key.
 */
public class ExchangeException extends RuntimeException {
  public ExchangeException(String message) {
    super(message);
  }

  public ExchangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
