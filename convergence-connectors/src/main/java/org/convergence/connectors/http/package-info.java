/**
 * The HTTP plumbing the connectors' clients share: {@link JsonHttpClient} GETs JSON with connect and read timeouts
 * ({@link HttpOptions}); {@link HttpRetry} is the one retry policy ({@code IDEMPOTENT} for GETs: connection failures,
 * timeouts, 429 and 5xx, honouring Retry-After; {@code NOTHING_SENT} for a POST: only a connection never made); a
 * failure is a {@link SourceException} naming the source, the URL with secrets masked and the status, never a key;
 * {@link BaseUri} normalises base addresses. No core port is implemented here, and no service's endpoints or wire
 * format live here (each client's own package has them), nor the exchange's read-back after an unclear POST.
 */
package org.convergence.connectors.http;
