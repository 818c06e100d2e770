package org.convergence.core.exchange;

/** The exchange does not know the key. The message never contains the key. */
public class ExchangeAuthenticationException extends ExchangeException {
  public ExchangeAuthenticationException(String message) {
    super(message);
  }
}
