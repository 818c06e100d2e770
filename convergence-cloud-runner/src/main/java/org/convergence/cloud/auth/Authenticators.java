package org.convergence.cloud.auth;

import java.time.Clock;
import java.util.Optional;

/** Chooses how {@code /update} is authenticated from the service's configuration. */
public final class Authenticators {
  private Authenticators() {}

  /**
   * OIDC when an audience is configured (a static token set at the same time is ignored, so a leaked local token
   * cannot open a cloud deployment); otherwise the static token; otherwise nothing is accepted.
   */
  public static UpdateAuthenticator choose(Optional<String> oidcAudience, Optional<String> oidcInvoker,
      Optional<String> updateToken, OidcKeySource keys, Clock clock) {
    if (oidcAudience.isPresent()) {
      return new OidcAuthenticator(oidcAudience.get(), oidcInvoker, keys, clock);
    }
    if (updateToken.isPresent()) {
      return new StaticTokenAuthenticator(updateToken.get());
    }
    return new RefusingAuthenticator();
  }
}
