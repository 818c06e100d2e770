package org.convergence.core.exchange;

import java.time.Clock;
import java.util.List;
import org.convergence.core.price.PriceHistory;

class SimulatedExchangeContractTest extends ExchangeContractTest {
  private SimulatedExchange exchange;

  @Override
  protected void startExchange(Clock clock, PriceHistory prices, List<String> validKeys) {
    exchange = new SimulatedExchange(clock, prices, validKeys);
  }

  @Override
  protected Exchange connect(String key) {
    return exchange.forKey(key);
  }
}
