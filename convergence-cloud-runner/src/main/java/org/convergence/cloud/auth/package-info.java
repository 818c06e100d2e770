/**
 * Who may call the cloud service's {@code POST /update} and {@code POST /settle}: an {@link UpdateAuthenticator} turns
 * the {@code Authorization} header into an {@link AuthResult} (allowed, refused: 401, not configured: 403), whose
 * reason never contains a token. {@link OidcAuthenticator} checks a Google-signed OIDC ID token (Cloud Scheduler's)
 * with google-auth-library, {@link StaticTokenAuthenticator} a local bearer token in constant time, {@link
 * RefusingAuthenticator} refuses every call, and {@link Authenticators} chooses among them from the configuration. Only
 * the check lives here; the routes and what they run are the service's ({@code org.convergence.cloud}).
 */
package org.convergence.cloud.auth;
