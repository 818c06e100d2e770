package org.convergence.cloud.auth;

import com.google.api.client.json.webtoken.JsonWebSignature;
import com.google.api.client.json.webtoken.JsonWebToken;
import com.google.auth.oauth2.TokenVerifier;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Cloud Run: the request carries a Google-signed OIDC ID token (Cloud Scheduler's {@code --oidc-token-audience}).
 * Checks, in this order, with google-auth-library's {@link TokenVerifier}: the audience equals
 * {@code CONVERGENCE_OIDC_AUDIENCE}, the token has not expired, the algorithm is RS256/ES256 and the signature
 * verifies with a key from the {@link OidcKeySource}; then here: the token carries an expiry at all (the library
 * lets a token without {@code exp} through), the issuer is Google's, and, when {@code CONVERGENCE_OIDC_INVOKER} is
 * set, the token's verified {@code email} is that service account.
 */
public final class OidcAuthenticator implements UpdateAuthenticator {
  /** The issuers Google writes into ID tokens. */
  public static final Set<String> GOOGLE_ISSUERS = Set.of("https://accounts.google.com", "accounts.google.com");

  private final String audience;
  private final Set<String> issuers;
  private final Optional<String> invokerEmail;
  private final Clock clock;
  private final TokenVerifier verifier;

  public OidcAuthenticator(String audience, Optional<String> invokerEmail, OidcKeySource keys, Clock clock) {
    this(audience, GOOGLE_ISSUERS, invokerEmail, keys, clock);
  }

  public OidcAuthenticator(String audience, Set<String> issuers, Optional<String> invokerEmail, OidcKeySource keys,
      Clock clock) {
    if (audience == null || audience.isBlank()) {
      throw new IllegalArgumentException("CONVERGENCE_OIDC_AUDIENCE must not be blank");
    }
    this.audience = audience.strip();
    this.issuers = Set.copyOf(issuers);
    this.invokerEmail = invokerEmail.map(String::strip).filter(s -> !s.isEmpty());
    this.clock = Objects.requireNonNull(clock, "clock");
    TokenVerifier.Builder b = TokenVerifier.newBuilder()
        .setAudience(this.audience)
        .setClock(clock::millis);
    if (keys instanceof OidcKeySource.CertificatesUrl u) {
      b.setCertificatesLocation(u.url());
    } else if (keys instanceof OidcKeySource.FixedKey k) {
      b.setPublicKey(k.key());
    } // GoogleCertificates: the library's default location
    this.verifier = b.build();
  }

  @Override
  public AuthResult authenticate(String authorizationHeader) {
    Optional<String> token = UpdateAuthenticator.bearerToken(authorizationHeader);
    if (token.isEmpty()) {
      return AuthResult.refused("missing bearer token");
    }
    JsonWebSignature jws;
    try {
      jws = verifier.verify(token.get());
    } catch (TokenVerifier.VerificationException e) {
      // the library's messages name the failed check, never the token
      return AuthResult.refused("invalid OIDC token: " + e.getMessage());
    } catch (RuntimeException e) {
      return AuthResult.refused("invalid OIDC token: " + e.getClass().getSimpleName());
    }
    JsonWebToken.Payload p = jws.getPayload();
    Long exp = p.getExpirationTimeSeconds();
    if (exp == null || exp * 1000 <= clock.millis()) {
      return AuthResult.refused("invalid OIDC token: no expiry");
    }
    if (p.getIssuer() == null || !issuers.contains(p.getIssuer())) {
      return AuthResult.refused("invalid OIDC token: issuer " + p.getIssuer() + " is not one of " + issuers);
    }
    Object email = p.get("email");
    if (invokerEmail.isPresent()) {
      if (!invokerEmail.get().equals(email) || !Boolean.TRUE.equals(p.get("email_verified"))) {
        return AuthResult.refused("OIDC token is not from the invoker service account");
      }
    }
    return AuthResult.allowed(email != null ? email.toString() : String.valueOf(p.getSubject()));
  }

  @Override
  public String describe() {
    return "OIDC ID token, audience " + audience + invokerEmail.map(e -> ", invoker " + e).orElse("");
  }
}
