package org.convergence.connectors.exchange;

import java.time.Clock;
import java.util.List;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.ExchangeContractTest;
import org.convergence.core.price.PriceHistory;
import org.junit.jupiter.api.AfterEach;

/** The exchange contract over HTTP: {@link AimlacExchangeClient} against {@link AimlacExchangeServer} on loopback. */
class HttpExchangeContractTest extends ExchangeContractTest {
  private LoopbackExchange exchange;

  @Override
  protected void startExchange(Clock clock, PriceHistory prices, List<String> validKeys) {
    exchange = LoopbackExchange.start(clock, prices, validKeys);
  }

  @Override
  protected Exchange connect(String key) {
    return exchange.client(key);
  }

  @AfterEach
  void stop() {
    exchange.close();
  }
}
