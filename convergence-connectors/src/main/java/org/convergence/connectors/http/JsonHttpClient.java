package org.convergence.connectors.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs JSON from a public service with {@link java.net.http.HttpClient}: connect and read timeouts, and the one
 * retry policy of {@link HttpRetry} for idempotent calls (connection failures, timeouts, HTTP 429 and 5xx, honouring
 * a Retry-After in seconds or as an HTTP date, capped). Other statuses fail at once. Every failure is a {@link SourceException} naming the source, the URL with
 * secrets masked and the status. Secrets are query parameters named like a key ({@link #SECRET_PARAMETERS}) and any
 * value registered with {@link #withSecret(String)} (e.g. a key sent in a header); they never reach a message or
 * the log.
 */
public final class JsonHttpClient {
  /** Query parameter names whose values are masked in messages (compared case-insensitively). */
  public static final Set<String> SECRET_PARAMETERS =
      Set.of("key", "apikey", "api_key", "api-key", "token", "access_token", "password", "secret", "client_secret");

  private static final Logger LOG = LoggerFactory.getLogger(JsonHttpClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BODY_SNIPPET = 300;

  private final String source;
  private final HttpOptions options;
  private final HttpClient http;
  private final HttpRetry retry;
  private final HttpRetry.Listener listener;
  private final List<String> secrets;

  private JsonHttpClient(String source, HttpOptions options, HttpClient http, HttpRetry.Listener listener,
      List<String> secrets) {
    this.source = Objects.requireNonNull(source, "source");
    this.options = Objects.requireNonNull(options, "options");
    this.http = Objects.requireNonNull(http, "http");
    this.retry = new HttpRetry(options, HttpRetry.IDEMPOTENT);
    this.listener = Objects.requireNonNull(listener, "listener");
    this.secrets = List.copyOf(secrets);
  }

  /** A client for one named source ("Met Office DataHub", "Elexon Insights", ...). */
  public static JsonHttpClient create(String source, HttpOptions options) {
    HttpClient http = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    return new JsonHttpClient(source, options, http, (a, w) -> { }, List.of());
  }

  /** The same client, telling {@code retrying} before each wait between attempts (tests count the waits). */
  public JsonHttpClient withRetryListener(HttpRetry.Listener retrying) {
    return new JsonHttpClient(source, options, http, retrying, secrets);
  }

  /** The same client, also masking this value wherever it would appear in a message. */
  public JsonHttpClient withSecret(String secret) {
    if (secret == null || secret.isEmpty()) {
      return this;
    }
    List<String> more = new ArrayList<>(secrets);
    more.add(secret);
    return new JsonHttpClient(source, options, http, listener, more);
  }

  public String source() {
    return source;
  }

  public HttpOptions options() {
    return options;
  }

  /** GETs {@code uri} and parses the body as JSON. */
  public JsonNode getJson(URI uri) {
    return getJson(uri, Map.of());
  }

  /** GETs {@code uri} with extra request headers (values never logged) and parses the body as JSON. */
  public JsonNode getJson(URI uri, Map<String, String> headers) {
    return scoped(uri, headers).parseJson(uri, headers);
  }

  private JsonNode parseJson(URI uri, Map<String, String> headers) {
    String body = fetch(uri, headers);
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new SourceException(source, redact(uri), 200, "empty response body, expected JSON", null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new SourceException(source, redact(uri), 200,
          "response is not valid JSON: " + mask(e.getOriginalMessage()) + "; body starts " + snippet(body), null);
    }
  }

  /** GETs {@code uri} and returns the body of a 2xx response. */
  public String get(URI uri, Map<String, String> headers) {
    return scoped(uri, headers).fetch(uri, headers);
  }

  /**
   * This client also masking the request's own secrets: values of query parameters and headers named like a key,
   * so that a server echoing them in its answer cannot put them in a message.
   */
  private JsonHttpClient scoped(URI uri, Map<String, String> headers) {
    List<String> more = new ArrayList<>();
    headers.forEach((name, value) -> {
      if (SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT)) && value != null && !value.isEmpty()) {
        more.add(value);
      }
    });
    String query = uri.getRawQuery();
    if (query != null) {
      for (String part : query.split("&")) {
        int eq = part.indexOf('=');
        if (eq > 0 && SECRET_PARAMETERS.contains(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT)) && eq + 1 < part.length()) {
          more.add(URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
          more.add(part.substring(eq + 1));
        }
      }
    }
    if (more.isEmpty()) {
      return this;
    }
    more.addAll(0, secrets);
    return new JsonHttpClient(source, options, http, listener, more);
  }

  private String fetch(URI uri, Map<String, String> headers) {
    String shown = redact(uri);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(options.readTimeout())
        .header("Accept", "application/json");
    headers.forEach(b::header);
    HttpRequest request = b.build();
    HttpRetry.Attempt last;
    try {
      last = retry.run(n -> HttpRetry.attempt(n, () -> http.send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))), (failed, wait) -> {
            LOG.info("{}: attempt {} of {} in {} ms after: {}", source, failed.number() + 1, options.maxAttempts(),
                wait.toMillis(), problem(failed));
            listener.retrying(failed, wait);
          });
    } catch (HttpRetry.Interrupted e) {
      throw new SourceException(source, shown, SourceException.NO_RESPONSE, "interrupted", e);
    }
    if (last.failure().isPresent()) {
      throw new SourceException(source, shown, SourceException.NO_RESPONSE, problem(last) + attemptNote(last),
          last.failure().get());
    }
    HttpResponse<String> response = last.response().orElseThrow();
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    String detail = "request failed; body starts " + snippet(response.body());
    throw new SourceException(source, shown, status, detail + (HttpRetry.IDEMPOTENT.test(last) ? attemptNote(last)
        : ""), null);
  }

  private String problem(HttpRetry.Attempt a) {
    if (a.response().isPresent()) {
      return "HTTP " + a.status();
    }
    IOException e = a.failure().orElseThrow();
    if (e instanceof HttpTimeoutException && !a.notSent()) {
      return "timed out after " + options.readTimeout().toMillis() + " ms";
    }
    return "connection failed: " + mask(String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getMessage()));
  }

  private String attemptNote(HttpRetry.Attempt a) {
    return options.maxAttempts() == 1 ? "" : " [attempt " + a.number() + " of " + options.maxAttempts() + "]";
  }

  private String snippet(String body) {
    if (body == null || body.isBlank()) {
      return "(empty)";
    }
    String s = body.strip().replaceAll("\\s+", " ");
    s = s.length() > BODY_SNIPPET ? s.substring(0, BODY_SNIPPET) + "..." : s;
    return "'" + mask(s) + "'";
  }

  private String mask(String text) {
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, "***");
    }
    return out;
  }

  /** The URI as it may be shown: query parameters named like secrets, and registered secrets, masked. */
  public String redact(URI uri) {
    String s = uri.toString();
    String query = uri.getRawQuery();
    if (query != null) {
      StringBuilder q = new StringBuilder();
      for (String part : query.split("&")) {
        if (q.length() > 0) {
          q.append('&');
        }
        int eq = part.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
        if (eq >= 0 && SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
          q.append(part, 0, eq).append("=***");
        } else {
          q.append(part);
        }
      }
      s = s.replace("?" + query, "?" + q);
    }
    return mask(s);
  }
}
