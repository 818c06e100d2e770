package org.convergence.connectors.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.aimlacsite.EnergyOnsiteRow;
import org.convergence.core.energy.MeteredDay;
import org.convergence.core.energy.SiteMeter;
import org.convergence.core.energy.SiteMeterContract;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The site meter contract over HTTP: {@link ExchangeSiteMeter} against our exchange's /sim endpoints. */
class ExchangeSiteMeterTest extends SiteMeterContract {
  private static final String KEY = "meter-test-key";
  private final List<AimlacExchangeServer> servers = new ArrayList<>();

  @Override
  protected SiteMeter meter(List<SiteReading> readings, Clock clock) {
    List<EnergyOnsiteRow> rows = readings.stream().map(ExchangeSiteMeterTest::row).toList();
    AimlacExchangeServer server = AimlacExchangeServer.start(
        new SimulatedExchange(clock, InMemoryPriceHistory.empty(), List.of(KEY)),
        RecordedSiteReadings.of(rows, "test readings"), "127.0.0.1", 0);
    servers.add(server);
    return new ExchangeSiteMeter(new AimlacExchangeClient(URI.create("http://127.0.0.1:" + server.port()), KEY,
        LoopbackExchange.FAST), "exchange /sim", clock);
  }

  /** The reading as the site records it: W, consumers negative, wind on one turbine. */
  private static EnergyOnsiteRow row(SiteReading r) {
    Map<String, Double> turbines = new java.util.LinkedHashMap<>();
    for (String c : EnergyOnsiteReader.TURBINE_COLUMNS) {
      turbines.put(c, c.equals("wind1") ? r.windKw() * 1000 : 0.0);
    }
    return new EnergyOnsiteRow(r.time(), -r.officeKw() * 1000, -r.computingCentreKw() * 1000, turbines,
        r.solarKw() * 1000, r.officeTemperatureC());
  }

  @AfterEach
  void stop() {
    servers.forEach(AimlacExchangeServer::close);
  }

  @Test
  void anUnreachableExchangeLeavesTheDayMissingWithItsMessage() {
    SettableClock clock = new SettableClock(DAY.deliveryEnd().plus(Duration.ofHours(3)));
    SiteMeter meter = new ExchangeSiteMeter(new AimlacExchangeClient(URI.create("http://127.0.0.1:9"), KEY,
        LoopbackExchange.FAST), "exchange /sim", clock);

    MeteredDay d = meter.meter(DAY);

    assertThat(d.isComplete()).isFalse();
    assertThat(d.missing()).startsWith("exchange /sim failed: ");
  }
}
