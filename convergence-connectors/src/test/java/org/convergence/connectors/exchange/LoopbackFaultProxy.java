package org.convergence.connectors.exchange;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

/**
 * A test HTTP proxy on 127.0.0.1 that forwards to a real server and injects scripted faults: answers a status and
 * body of its own (with or without forwarding the request first), or answers late. Requests are recorded, so a test
 * can count what a client really sent. For tests of any HTTP client in Convergence (published in connectors'
 * test-jar). Never logs request contents.
 *
 * <pre>{@code
 * try (LoopbackFaultProxy proxy = LoopbackFaultProxy.to(server.baseUri())) {
 *   proxy.next("POST", "/auction/bidding/set", Fault.forwardThenAnswer(500, "oops"));
 *   ... client at proxy.baseUri() ...
 * }
 * }</pre>
 */
public final class LoopbackFaultProxy implements AutoCloseable {
  /** What the proxy does with one request. */
  public record Fault(boolean forward, Duration delay, int status, String body, boolean delayBeforeForwarding) {
    /** Answer without forwarding: the real server never sees the request. */
    public static Fault answer(int status, String body) {
      return new Fault(false, Duration.ZERO, status, body, false);
    }

    /** Forward (the real server acts on it), then answer this instead of the real answer. */
    public static Fault forwardThenAnswer(int status, String body) {
      return new Fault(true, Duration.ZERO, status, body, false);
    }

    /** Forward, then hold the real answer back for {@code delay} (for client timeouts). */
    public static Fault forwardThenDelay(Duration delay) {
      return new Fault(true, delay, -1, null, false);
    }

    /**
     * Hold the request for {@code delay}, then forward it: a request still on its way when the client gave up,
     * which lands at the real server late (the client sees no answer).
     */
    public static Fault delayThenForward(Duration delay) {
      return new Fault(true, delay, -1, null, true);
    }
  }

  /** One request the proxy received. */
  public record Received(String method, String path, String query, String body) {}

  private final URI target;
  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger landedLate = new java.util.concurrent.atomic.AtomicInteger();
  private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());

  private LoopbackFaultProxy(URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fault-proxy");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a proxy in front of {@code target} (a base URI such as {@code http://127.0.0.1:1234}). */
  public static LoopbackFaultProxy to(URI target) {
    try {
      return new LoopbackFaultProxy(target);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fault proxy on 127.0.0.1", e);
    }
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues a fault for the next request with this method and path (faults of one path apply in order). */
  public LoopbackFaultProxy next(String method, String path, Fault fault) {
    faults.computeIfAbsent(method + " " + path, k -> new ConcurrentLinkedDeque<>()).add(fault);
    return this;
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** How many requests held by {@link Fault#delayThenForward} have reached the real server. */
  public int landedLate() {
    return landedLate.get();
  }

  public long count(String method, String path) {
    return received().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      String path = ex.getRequestURI().getRawPath();
      String query = ex.getRequestURI().getRawQuery();
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      received.add(new Received(method, path, query, new String(body, StandardCharsets.UTF_8)));
      Deque<Fault> queue = faults.get(method + " " + path);
      Fault fault = queue == null ? null : queue.poll();
      int status;
      byte[] answer;
      if (fault != null && fault.delayBeforeForwarding()) {
        Thread.sleep(fault.delay().toMillis());
        forward(method, path, query, body);
        landedLate.incrementAndGet();
        return;
      }
      if (fault == null || fault.forward()) {
        HttpResponse<byte[]> real = forward(method, path, query, body);
        status = real.statusCode();
        answer = real.body();
      } else {
        status = 0;
        answer = new byte[0];
      }
      if (fault != null) {
        if (!fault.delay().isZero()) {
          Thread.sleep(fault.delay().toMillis());
        }
        if (fault.status() > 0) {
          status = fault.status();
          answer = fault.body() == null ? new byte[0] : fault.body().getBytes(StandardCharsets.UTF_8);
        }
      }
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(answer);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (timeout): nothing to answer
    }
  }

  private HttpResponse<byte[]> forward(String method, String path, String query, byte[] body)
      throws IOException, InterruptedException {
    URI uri = URI.create(target + path + (query == null ? "" : "?" + query));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
    request = method.equals("GET") ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
