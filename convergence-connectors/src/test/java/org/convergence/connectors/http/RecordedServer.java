package org.convergence.connectors.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A JDK HTTP server on 127.0.0.1 (a free port) that answers GETs with recorded responses: by exact path, or by a
 * function of the request. Responses queued for a path are served once each, in order; the last one repeats.
 * Requests are recorded (path, query, headers) for assertions. For tests only; never binds any other address.
 */
public final class RecordedServer implements AutoCloseable {
  /** A recorded response. */
  public record Response(int status, String body, Map<String, String> headers) {
    public static Response json(String body) {
      return new Response(200, body, Map.of());
    }

    public static Response status(int status, String body) {
      return new Response(status, body, Map.of());
    }
  }

  /** A request the server received. */
  public record Request(String path, String query, Map<String, String> headers) {
    public String header(String name) {
      return headers.get(name.toLowerCase());
    }

    /** The decoded value of a query parameter, or null. */
    public String param(String name) {
      if (query == null) {
        return null;
      }
      for (String p : query.split("&")) {
        int eq = p.indexOf('=');
        String n = java.net.URLDecoder.decode(eq < 0 ? p : p.substring(0, eq), StandardCharsets.UTF_8);
        if (n.equals(name)) {
          return eq < 0 ? "" : java.net.URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final Map<String, Deque<Response>> byPath = new LinkedHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private Function<Request, Response> fallback = r -> Response.status(404, "{\"error\":\"no recording for "
      + r.path() + "\"}");

  private RecordedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public static RecordedServer start() {
    try {
      return new RecordedServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Base URI, e.g. {@code http://127.0.0.1:54321}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Serves these responses for the path, in order (the last repeats). */
  public synchronized RecordedServer on(String path, Response... responses) {
    byPath.put(path, new ArrayDeque<>(List.of(responses)));
    return this;
  }

  /** Answers every request without a path recording with this function. */
  public synchronized RecordedServer otherwise(Function<Request, Response> handler) {
    this.fallback = handler;
    return this;
  }

  public List<Request> requests() {
    return new ArrayList<>(requests);
  }

  /** Reads a recorded response body from the test classpath. */
  public static String resource(String path) {
    try (InputStream in = RecordedServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
    Request req = new Request(ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery(), headers);
    requests.add(req);
    Response resp;
    synchronized (this) {
      Deque<Response> q = byPath.get(req.path());
      if (q == null || q.isEmpty()) {
        resp = fallback.apply(req);
      } else {
        resp = q.size() > 1 ? q.poll() : q.peek();
      }
    }
    byte[] body = resp.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    resp.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.sendResponseHeaders(resp.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
