package org.convergence.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A Slack-like incoming webhook on loopback: keeps the {@code text} of every POST, answers {@link #status}. */
final class LoopbackWebhook implements AutoCloseable {
  static final String SECRET_PATH = "/services/T0/B0/s3cret-webhook-path";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  final List<String> texts = new CopyOnWriteArrayList<>();
  final AtomicInteger status = new AtomicInteger(200);

  LoopbackWebhook() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(SECRET_PATH, ex -> {
      byte[] in = ex.getRequestBody().readAllBytes();
      texts.add(JSON.readTree(new String(in, StandardCharsets.UTF_8)).get("text").asText());
      ex.sendResponseHeaders(status.get(), -1);
      ex.close();
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + SECRET_PATH;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
