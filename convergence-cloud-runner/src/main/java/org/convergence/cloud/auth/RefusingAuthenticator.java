package org.convergence.cloud.auth;

/** Neither OIDC nor a static token is configured: every {@code /update} is refused, whatever it carries. */
public final class RefusingAuthenticator implements UpdateAuthenticator {
  static final String MESSAGE = "/update is disabled: set CONVERGENCE_OIDC_AUDIENCE (Cloud Run, OIDC tokens from"
      + " Cloud Scheduler) or CONVERGENCE_UPDATE_TOKEN (a local bearer token)";

  @Override
  public AuthResult authenticate(String authorizationHeader) {
    return AuthResult.notConfigured(MESSAGE);
  }

  @Override
  public String describe() {
    return "none configured: " + MESSAGE;
  }
}
