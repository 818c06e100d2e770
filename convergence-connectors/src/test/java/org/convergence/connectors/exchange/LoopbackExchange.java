package org.convergence.connectors.exchange;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.SettableClock;

/**
 * A real AIMLAC exchange over HTTP on 127.0.0.1 (any free port) for tests: a {@link SimulatedExchange} on a clock
 * the test sets, behind {@link AimlacExchangeServer}. Published in connectors' test-jar.
 */
public final class LoopbackExchange implements AutoCloseable {
  /** Short timeouts and backoff for tests: 1 s connect, 2 s per request, 3 tries, 20 ms first backoff. */
  public static final AimlacExchangeClient.Options FAST =
      new AimlacExchangeClient.Options(Duration.ofSeconds(1), Duration.ofSeconds(2), 3, Duration.ofMillis(20));

  private final SettableClock clock;
  private final SimulatedExchange exchange;
  private final AimlacExchangeServer server;

  private LoopbackExchange(SettableClock clock, SimulatedExchange exchange) {
    this.clock = clock;
    this.exchange = exchange;
    this.server = AimlacExchangeServer.start(exchange, "127.0.0.1", 0);
  }

  public static LoopbackExchange start(Instant now, PriceHistory prices, List<String> keys) {
    SettableClock clock = new SettableClock(now);
    return new LoopbackExchange(clock, new SimulatedExchange(clock, prices, keys));
  }

  public static LoopbackExchange start(java.time.Clock clock, PriceHistory prices, List<String> keys) {
    return new LoopbackExchange(null, new SimulatedExchange(clock, prices, keys));
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The clock, when this exchange was started with {@link #start(Instant, PriceHistory, List)}. */
  public SettableClock clock() {
    if (clock == null) {
      throw new IllegalStateException("this exchange runs on a clock given by the test");
    }
    return clock;
  }

  public SimulatedExchange exchange() {
    return exchange;
  }

  public AimlacExchangeClient client(String key) {
    return new AimlacExchangeClient(baseUri(), key, FAST);
  }

  @Override
  public void close() {
    server.close();
  }
}
