package org.convergence.connectors.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and retry policy of a {@link JsonHttpClient}.
 *
 * @param connectTimeout time allowed to open the connection
 * @param readTimeout time allowed from sending the request to the complete response
 * @param maxAttempts attempts in all (1 = no retry) for connection failures, timeouts, 429 and 5xx
 * @param initialBackoff wait before the 2nd attempt; doubled before each further one
 * @param maxBackoff cap on any single wait (also caps a server's Retry-After)
 */
public record HttpOptions(
    Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
  /** 10 s to connect, 30 s to read, 4 attempts waiting 1 s, 2 s, 4 s. */
  public static final HttpOptions DEFAULT =
      new HttpOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 4, Duration.ofSeconds(1), Duration.ofSeconds(30));

  public HttpOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new IllegalArgumentException("maxAttempts must be 1..20, was " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("backoff must be >= 0 and maxBackoff >= initialBackoff");
    }
  }

  /** The wait before attempt {@code attempt} (2, 3, ...): initial x 2^(attempt-2), capped. */
  public Duration backoffBefore(int attempt) {
    if (attempt < 2) {
      return Duration.ZERO;
    }
    Duration d = initialBackoff;
    for (int i = 2; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  public HttpOptions withMaxAttempts(int attempts) {
    return new HttpOptions(connectTimeout, readTimeout, attempts, initialBackoff, maxBackoff);
  }

  public HttpOptions withBackoff(Duration initial, Duration max) {
    return new HttpOptions(connectTimeout, readTimeout, maxAttempts, initial, max);
  }

  public HttpOptions withReadTimeout(Duration timeout) {
    return new HttpOptions(connectTimeout, timeout, maxAttempts, initialBackoff, maxBackoff);
  }
}
