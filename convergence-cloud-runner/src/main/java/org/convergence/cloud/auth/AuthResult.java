package org.convergence.cloud.auth;

import java.util.Objects;

/**
 * The outcome of checking a request's credentials: allowed (with the caller it was allowed as), refused (the
 * credentials are missing or wrong: HTTP 401), or not configured (the service has no way to authenticate: 403).
 * The reason is safe to send back and to log: it never contains a token.
 */
public record AuthResult(Status status, String principalOrReason) {
  public enum Status { ALLOWED, REFUSED, NOT_CONFIGURED }

  public AuthResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(principalOrReason, "principalOrReason");
  }

  public static AuthResult allowed(String principal) {
    return new AuthResult(Status.ALLOWED, principal);
  }

  public static AuthResult refused(String reason) {
    return new AuthResult(Status.REFUSED, reason);
  }

  public static AuthResult notConfigured(String reason) {
    return new AuthResult(Status.NOT_CONFIGURED, reason);
  }

  public boolean allowed() {
    return status == Status.ALLOWED;
  }
}
