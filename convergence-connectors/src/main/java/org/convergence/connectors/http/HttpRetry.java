package org.convergence.connectors.http;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one retry policy of every HTTP call in Convergence (a Failsafe {@link RetryPolicy}): up to {@link
 * HttpOptions#maxAttempts()} attempts, waiting {@link HttpOptions#backoffBefore(int)} (exponential, capped) between
 * them, or the server's {@code Retry-After} (seconds or an HTTP date), capped at {@link HttpOptions#maxBackoff()}.
 *
 * <p>Which outcomes are worth another attempt depends on the call: {@link #IDEMPOTENT} (GETs: connection failures,
 * timeouts, HTTP 429 and 5xx) or {@link #NOTHING_SENT} (a POST that must never be blindly repeated: only a
 * connection that could not be made, so the request never left). The exchange client layers its read-back rule on
 * top: after an unclear POST it reads the day back and re-sends only what the exchange does not hold.
 */
public final class HttpRetry {
  /** Connection failures, timeouts, 429 and 5xx: for calls that may be repeated (GET). */
  public static final Predicate<Attempt> IDEMPOTENT = a -> a.failure().isPresent()
      || a.status() == 429 || a.status() >= 500;

  /** Only a connection that could not be made (the request was never sent): for a POST. */
  public static final Predicate<Attempt> NOTHING_SENT = Attempt::notSent;

  /** One attempt's outcome: the response, or the I/O failure that prevented one. */
  public record Attempt(int number, Optional<HttpResponse<String>> response, Optional<IOException> failure) {
    public Attempt {
      Objects.requireNonNull(response, "response");
      Objects.requireNonNull(failure, "failure");
      if (response.isPresent() == failure.isPresent()) {
        throw new IllegalArgumentException("an attempt has either a response or a failure");
      }
    }

    public static Attempt answered(int number, HttpResponse<String> response) {
      return new Attempt(number, Optional.of(response), Optional.empty());
    }

    public static Attempt failed(int number, IOException failure) {
      return new Attempt(number, Optional.empty(), Optional.of(failure));
    }

    /** The HTTP status, or -1 without a response. */
    public int status() {
      return response.map(HttpResponse::statusCode).orElse(-1);
    }

    /** True when the connection could not be made: nothing reached the server. */
    public boolean notSent() {
      return failure.isPresent() && (failure.get() instanceof ConnectException
          || failure.get() instanceof HttpConnectTimeoutException);
    }

    /** True when the request timed out after it was sent (an unclear outcome). */
    public boolean timedOut() {
      return failure.isPresent() && failure.get() instanceof java.net.http.HttpTimeoutException && !notSent();
    }
  }

  /** Makes one attempt (numbered from 1); an interruption aborts the call. */
  @FunctionalInterface
  public interface Call {
    Attempt attempt(int number) throws InterruptedException;
  }

  /** Told before each wait: the attempt that failed and how long until the next. */
  @FunctionalInterface
  public interface Listener {
    void retrying(Attempt failed, Duration wait);
  }

  /** Thrown when the calling thread is interrupted during a call. */
  public static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted(InterruptedException cause) {
      super("interrupted", cause);
    }
  }

  private final HttpOptions options;
  private final Predicate<Attempt> retryable;
  private final Clock clock;

  public HttpRetry(HttpOptions options, Predicate<Attempt> retryable, Clock clock) {
    this.options = Objects.requireNonNull(options, "options");
    this.retryable = Objects.requireNonNull(retryable, "retryable");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public HttpRetry(HttpOptions options, Predicate<Attempt> retryable) {
    this(options, retryable, Clock.systemUTC());
  }

  public HttpOptions options() {
    return options;
  }

  /**
   * Makes attempts until one is not retryable or {@link HttpOptions#maxAttempts()} are spent, and returns the last
   * one (the caller decides what a non-2xx answer or a failure means).
   */
  public Attempt run(Call call, Listener listener) {
    RetryPolicy<Attempt> policy = RetryPolicy.<Attempt>builder()
        .handleResultIf(retryable::test)
        .abortOn(RuntimeException.class)
        .withMaxAttempts(options.maxAttempts())
        .withDelayFn(ctx -> waitAfter(ctx.getLastResult(), ctx.getAttemptCount()))
        .onRetryScheduled(e -> listener.retrying(e.getLastResult(), e.getDelay()))
        .build();
    return Failsafe.with(policy).get(ctx -> {
      try {
        return call.attempt(ctx.getAttemptCount() + 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Interrupted(e);
      }
    });
  }

  /** The wait after {@code failed} (attempt {@code attempts}): its Retry-After, else the backoff; capped. */
  Duration waitAfter(Attempt failed, int attempts) {
    Duration backoff = options.backoffBefore(attempts + 1);
    Optional<Duration> asked = failed == null ? Optional.empty() : failed.response().flatMap(this::retryAfter);
    Duration wait = asked.orElse(backoff);
    return wait.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : wait;
  }

  private Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> h = response.headers().firstValue("Retry-After").map(String::strip);
    if (h.isEmpty() || h.get().isEmpty()) {
      return Optional.empty();
    }
    try {
      long s = Long.parseLong(h.get());
      return s >= 0 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
    } catch (NumberFormatException e) {
      try {
        Duration d = Duration.between(clock.instant(),
            ZonedDateTime.parse(h.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  /** A short text for a failed attempt: "HTTP 503" or the I/O failure's class and message. */
  public static String describe(Attempt a) {
    if (a.response().isPresent()) {
      return "HTTP " + a.status();
    }
    IOException e = a.failure().orElseThrow();
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  /** Runs {@code send}, turning an {@link IOException} into a failed attempt. */
  public static Attempt attempt(int number, Send send) throws InterruptedException {
    try {
      return Attempt.answered(number, send.send());
    } catch (IOException e) {
      return Attempt.failed(number, e);
    }
  }

  /** One HTTP exchange. */
  @FunctionalInterface
  public interface Send {
    HttpResponse<String> send() throws IOException, InterruptedException;
  }
}
