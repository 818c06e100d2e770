package org.convergence.core.price;

/** No source of a {@link PriceHistoryChain} could answer; the message gives every source's reason. */
public final class PriceHistoryUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PriceHistoryUnavailableException(String message) {
    super(message);
  }
}
