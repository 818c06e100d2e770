package org.convergence.cloud.auth;

import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.json.webtoken.JsonWebSignature;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/** Mints RS256 ID tokens with a locally generated RSA key, shaped like the ones Cloud Scheduler sends. */
final class TestTokens {
  static final String AUDIENCE = "https://convergence-abc123-nw.a.run.app/update";
  static final String INVOKER = "scheduler@convergence-test.iam.gserviceaccount.com";

  final KeyPair keys;
  final String keyId;

  TestTokens(String keyId) {
    this.keyId = keyId;
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      this.keys = g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String token(String audience, String issuer, Instant issuedAt, Instant expiresAt, String email) {
    JsonWebSignature.Header header = new JsonWebSignature.Header().setAlgorithm("RS256").setType("JWT")
        .setKeyId(keyId);
    JsonWebSignature.Payload payload = new JsonWebSignature.Payload()
        .setAudience(audience)
        .setIssuer(issuer)
        .setSubject("104857600000000000001")
        .setIssuedAtTimeSeconds(issuedAt.getEpochSecond());
    if (expiresAt != null) {
      payload.setExpirationTimeSeconds(expiresAt.getEpochSecond());
    }
    if (email != null) {
      payload.set("email", email);
      payload.set("email_verified", true);
    }
    try {
      return JsonWebSignature.signUsingRsaSha256(keys.getPrivate(), GsonFactory.getDefaultInstance(), header,
          payload);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String valid(Instant now) {
    return token(AUDIENCE, "https://accounts.google.com", now.minusSeconds(10), now.plusSeconds(3600), INVOKER);
  }

  /** This key as a JWKS document, the format of https://www.googleapis.com/oauth2/v3/certs. */
  String jwks() {
    RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    Map<String, Object> key = Map.of("kty", "RSA", "alg", "RS256", "use", "sig", "kid", keyId,
        "n", b64.encodeToString(unsigned(pub.getModulus().toByteArray())),
        "e", b64.encodeToString(unsigned(pub.getPublicExponent().toByteArray())));
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("keys", java.util.List.of(key)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] unsigned(byte[] twosComplement) {
    if (twosComplement.length > 1 && twosComplement[0] == 0) {
      return java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length);
    }
    return twosComplement;
  }
}
