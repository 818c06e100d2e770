package org.convergence.cloud.auth;

import java.security.PublicKey;
import java.util.Objects;

/**
 * Where the public keys that sign OIDC tokens come from. On Cloud Run: Google's published certificates. Tests use a
 * locally generated RSA key, either directly or served as a JWKS document from a loopback server.
 */
public sealed interface OidcKeySource {
  /** Google's signing keys ({@code https://www.googleapis.com/oauth2/v3/certs}), fetched and cached for an hour. */
  static OidcKeySource google() {
    return new GoogleCertificates();
  }

  /** A JWKS (or PEM map) document at this URL, fetched and cached for an hour. */
  static OidcKeySource certificatesAt(String url) {
    return new CertificatesUrl(url);
  }

  /** One fixed key, whatever the token's key id. */
  static OidcKeySource fixed(PublicKey key) {
    return new FixedKey(key);
  }

  record GoogleCertificates() implements OidcKeySource {}

  record CertificatesUrl(String url) implements OidcKeySource {
    public CertificatesUrl {
      Objects.requireNonNull(url, "url");
    }
  }

  record FixedKey(PublicKey key) implements OidcKeySource {
    public FixedKey {
      Objects.requireNonNull(key, "key");
    }
  }
}
