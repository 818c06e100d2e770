package org.convergence.connectors.wiring;

/**
 * Data a runner was pointed at cannot be read: the message is one line naming the option or settings key
 * ({@code --prices}, {@code exchange.prices_file}, ...) and what is wrong. Runners show it as it is.
 */
public final class BadDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
