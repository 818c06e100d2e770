package org.convergence.cloud.auth;

import java.util.Locale;
import java.util.Optional;

/** Decides whether a request may run {@code POST /update}, from its {@code Authorization} header. */
public interface UpdateAuthenticator {
  /**
   * @param authorizationHeader the raw header value, or null when the request has none
   */
  AuthResult authenticate(String authorizationHeader);

  /** What this authenticator checks, for the startup log (no secrets). */
  String describe();

  /** The token of a {@code Bearer} header (scheme case-insensitive), or empty when there is none. */
  static Optional<String> bearerToken(String authorizationHeader) {
    if (authorizationHeader == null) {
      return Optional.empty();
    }
    String h = authorizationHeader.strip();
    int space = h.indexOf(' ');
    if (space <= 0 || !h.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
      return Optional.empty();
    }
    String token = h.substring(space + 1).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
