package org.convergence.cloud.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaticTokenAuthenticatorTest {
  static final String SECRET = "3f9c1e0a7b2d4c6e8f0a1b2c3d4e5f60";

  @Test
  void acceptsTheConfiguredToken() {
    assertThat(new StaticTokenAuthenticator(SECRET).authenticate("Bearer " + SECRET).allowed()).isTrue();
  }

  @Test
  void refusesWrongMissingAndPrefixTokens() {
    StaticTokenAuthenticator a = new StaticTokenAuthenticator(SECRET);
    assertThat(a.authenticate("Bearer " + SECRET + "x").status()).isEqualTo(AuthResult.Status.REFUSED);
    assertThat(a.authenticate("Bearer " + SECRET.substring(0, 20)).allowed()).isFalse();
    assertThat(a.authenticate(null).allowed()).isFalse();
    assertThat(a.authenticate(SECRET).allowed()).isFalse();
    assertThat(a.authenticate("Token " + SECRET).allowed()).isFalse();
  }

  @Test
  void refusesAShortSecretAtStartupWithoutEchoingIt() {
    assertThatThrownBy(() -> new StaticTokenAuthenticator("hunter2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CONVERGENCE_UPDATE_TOKEN")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void choosesOidcOverTokenAndRefusesWhenNothingIsConfigured() {
    Clock clock = Clock.systemUTC();
    var keys = OidcKeySource.google();
    assertThat(Authenticators.choose(Optional.of("https://x.a.run.app"), Optional.empty(), Optional.of(SECRET), keys,
        clock)).isInstanceOf(OidcAuthenticator.class);
    assertThat(Authenticators.choose(Optional.empty(), Optional.empty(), Optional.of(SECRET), keys, clock))
        .isInstanceOf(StaticTokenAuthenticator.class);
    UpdateAuthenticator none = Authenticators.choose(Optional.empty(), Optional.empty(), Optional.empty(), keys,
        clock);
    assertThat(none.authenticate("Bearer " + SECRET).status()).isEqualTo(AuthResult.Status.NOT_CONFIGURED);
  }
}
