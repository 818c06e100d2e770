package org.convergence.local;

/** A failure the user can act on; the CLI prints its message without a stack trace. */
public class UserFacingException extends RuntimeException {
  public UserFacingException(String message) {
    super(message);
  }

  public UserFacingException(String message, Throwable cause) {
    super(message, cause);
  }
}
