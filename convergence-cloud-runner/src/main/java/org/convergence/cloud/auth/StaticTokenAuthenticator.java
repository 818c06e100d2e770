package org.convergence.cloud.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Local use: the request must carry {@code Authorization: Bearer <CONVERGENCE_UPDATE_TOKEN>}. The comparison is in
 * constant time: both sides are hashed with SHA-256 first, so neither the content nor the length of the secret
 * leaks through timing.
 */
public final class StaticTokenAuthenticator implements UpdateAuthenticator {
  /** Shorter secrets are refused at startup: they can be guessed. */
  public static final int MIN_LENGTH = 16;

  private final byte[] expectedDigest;

  public StaticTokenAuthenticator(String token) {
    if (token == null || token.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException("CONVERGENCE_UPDATE_TOKEN must be at least " + MIN_LENGTH
          + " characters long (for example: openssl rand -hex 32)");
    }
    this.expectedDigest = sha256(token.strip());
  }

  @Override
  public AuthResult authenticate(String authorizationHeader) {
    Optional<String> token = UpdateAuthenticator.bearerToken(authorizationHeader);
    if (token.isEmpty()) {
      return AuthResult.refused("missing bearer token");
    }
    return MessageDigest.isEqual(expectedDigest, sha256(token.get()))
        ? AuthResult.allowed("update-token")
        : AuthResult.refused("wrong bearer token");
  }

  @Override
  public String describe() {
    return "static bearer token (CONVERGENCE_UPDATE_TOKEN)";
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
