package org.convergence.cloud.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OidcAuthenticatorTest {
  static final Instant NOW = Instant.parse("2026-11-26T07:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final TestTokens SCHEDULER_KEY = new TestTokens("key-1");
  static final TestTokens OTHER_KEY = new TestTokens("key-2");

  static Javalin jwksServer;

  @BeforeAll
  static void serveJwks() {
    String jwks = SCHEDULER_KEY.jwks();
    jwksServer = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.routes.get("/certs", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(jwks));
    }).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    jwksServer.stop();
  }

  private static OidcAuthenticator fixedKey(Optional<String> invoker) {
    return new OidcAuthenticator(TestTokens.AUDIENCE, invoker, OidcKeySource.fixed(SCHEDULER_KEY.keys.getPublic()),
        CLOCK);
  }

  private static String bearer(String token) {
    return "Bearer " + token;
  }

  @Test
  void acceptsAValidToken() {
    AuthResult r = fixedKey(Optional.of(TestTokens.INVOKER)).authenticate(bearer(SCHEDULER_KEY.valid(NOW)));
    assertThat(r.allowed()).isTrue();
    assertThat(r.principalOrReason()).isEqualTo(TestTokens.INVOKER);
  }

  @Test
  void acceptsTheShortIssuerFormAndAnyCaseOfTheScheme() {
    String t = SCHEDULER_KEY.token(TestTokens.AUDIENCE, "accounts.google.com", NOW, NOW.plusSeconds(60), null);
    assertThat(fixedKey(Optional.empty()).authenticate("bearer " + t).allowed()).isTrue();
  }

  @Test
  void refusesAWrongAudience() {
    String t = SCHEDULER_KEY.token("https://someone-else.a.run.app", "https://accounts.google.com", NOW,
        NOW.plusSeconds(60), TestTokens.INVOKER);
    AuthResult r = fixedKey(Optional.empty()).authenticate(bearer(t));
    assertThat(r.status()).isEqualTo(AuthResult.Status.REFUSED);
    assertThat(r.principalOrReason()).containsIgnoringCase("audience");
  }

  @Test
  void refusesAnExpiredToken() {
    String t = SCHEDULER_KEY.token(TestTokens.AUDIENCE, "https://accounts.google.com", NOW.minusSeconds(7200),
        NOW.minusSeconds(1), TestTokens.INVOKER);
    AuthResult r = fixedKey(Optional.empty()).authenticate(bearer(t));
    assertThat(r.allowed()).isFalse();
    assertThat(r.principalOrReason()).containsIgnoringCase("expired");
  }

  @Test
  void refusesATokenWithoutExpiry() {
    String t = SCHEDULER_KEY.token(TestTokens.AUDIENCE, "https://accounts.google.com", NOW, null, null);
    AuthResult r = fixedKey(Optional.empty()).authenticate(bearer(t));
    assertThat(r.allowed()).isFalse();
    assertThat(r.principalOrReason()).contains("expiry");
  }

  @Test
  void refusesAnotherIssuer() {
    String t = SCHEDULER_KEY.token(TestTokens.AUDIENCE, "https://evil.example", NOW, NOW.plusSeconds(60), null);
    AuthResult r = fixedKey(Optional.empty()).authenticate(bearer(t));
    assertThat(r.allowed()).isFalse();
    assertThat(r.principalOrReason()).contains("issuer");
  }

  @Test
  void refusesATokenSignedByAnotherKey() {
    AuthResult r = fixedKey(Optional.empty()).authenticate(bearer(OTHER_KEY.valid(NOW)));
    assertThat(r.allowed()).isFalse();
    assertThat(r.principalOrReason()).containsIgnoringCase("signature");
  }

  @Test
  void refusesATamperedPayload() {
    String[] parts = SCHEDULER_KEY.valid(NOW).split("\\.");
    String other = OTHER_KEY.token(TestTokens.AUDIENCE, "https://accounts.google.com", NOW, NOW.plusSeconds(60),
        "intruder@example.com").split("\\.")[1];
    AuthResult r = fixedKey(Optional.empty()).authenticate(bearer(parts[0] + "." + other + "." + parts[2]));
    assertThat(r.allowed()).isFalse();
  }

  @Test
  void refusesGarbageAndMissingTokens() {
    OidcAuthenticator a = fixedKey(Optional.empty());
    assertThat(a.authenticate(null).allowed()).isFalse();
    assertThat(a.authenticate("Basic dXNlcjpwYXNz").allowed()).isFalse();
    assertThat(a.authenticate("Bearer ").allowed()).isFalse();
    assertThat(a.authenticate("Bearer not.a.jwt").allowed()).isFalse();
  }

  @Test
  void refusesAnotherServiceAccountWhenTheInvokerIsConfigured() {
    String t = SCHEDULER_KEY.token(TestTokens.AUDIENCE, "https://accounts.google.com", NOW, NOW.plusSeconds(60),
        "someone@other-project.iam.gserviceaccount.com");
    assertThat(fixedKey(Optional.of(TestTokens.INVOKER)).authenticate(bearer(t)).allowed()).isFalse();
    assertThat(fixedKey(Optional.empty()).authenticate(bearer(t)).allowed()).isTrue();
  }

  @Test
  void fetchesKeysFromAJwksDocumentByKeyId() {
    OidcAuthenticator a = new OidcAuthenticator(TestTokens.AUDIENCE, Optional.empty(),
        OidcKeySource.certificatesAt("http://127.0.0.1:" + jwksServer.port() + "/certs"), CLOCK);
    assertThat(a.authenticate(bearer(SCHEDULER_KEY.valid(NOW))).allowed()).isTrue();
    AuthResult unknownKey = a.authenticate(bearer(OTHER_KEY.valid(NOW)));
    assertThat(unknownKey.allowed()).isFalse();
    assertThat(unknownKey.principalOrReason()).contains("key");
  }

  @Test
  void reasonsNeverContainTheToken() {
    String t = OTHER_KEY.valid(NOW);
    AuthResult r = fixedKey(Optional.empty()).authenticate(bearer(t));
    assertThat(r.principalOrReason()).doesNotContain(t).doesNotContain(t.split("\\.")[2]);
  }
}
