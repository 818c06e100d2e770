package org.convergence.connectors.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.aimlacsite.EnergyOnsiteRow;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.SettledHour;
import org.convergence.core.market.Settlement;
import org.convergence.core.market.Side;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.settle.DailySettlement;
import org.convergence.core.settle.HeldOrderSource;
import org.convergence.core.settle.SettlementResult;
import org.convergence.core.store.InMemoryStore;
import org.convergence.core.store.SettlementStatus;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live settlement over HTTP: a day traded on our exchange (loopback) is settled from the exchange's prices, its
 * held orders with their fill flags, and its /sim meter, once the exchange's clock has passed the day's delivery.
 */
class HttpSettlementTest {
  private static final String KEY = "settle-http-key";
  private static final MarketDay DAY = MarketDay.of(2022, 3, 15);

  private final SettableClock clock = new SettableClock(DAY.gateClosure().minus(Duration.ofMinutes(30)));
  private AimlacExchangeServer server;
  private AimlacExchangeClient client;

  private static double clearing(int h) {
    return 30.0 + 2 * h;
  }

  private static double imbalance(int h) {
    return 70.0 - h;
  }

  private static double netW(int h) {
    return 20_000.0 * h - 250_000.0;
  }

  @BeforeEach
  void start() {
    List<HourPrice> c = new ArrayList<>();
    List<HourPrice> i = new ArrayList<>();
    List<EnergyOnsiteRow> rows = new ArrayList<>();
    for (HourId h : HourId.all()) {
      c.add(new HourPrice(DAY, h, clearing(h.value())));
      i.add(new HourPrice(DAY, h, imbalance(h.value())));
      for (int m : new int[] {15, 45}) {
        Map<String, Double> turbines = new LinkedHashMap<>();
        EnergyOnsiteReader.TURBINE_COLUMNS.forEach(t -> turbines.put(t, 0.0));
        turbines.put("wind1", netW(h.value()) + 300_000.0);
        rows.add(new EnergyOnsiteRow(DAY.hour(h).start().plus(Duration.ofMinutes(m)), -100_000.0, -200_000.0,
            turbines, 0.0, 21.0));
      }
    }
    server = AimlacExchangeServer.start(new SimulatedExchange(clock, InMemoryPriceHistory.of(c, i), List.of(KEY)),
        RecordedSiteReadings.of(rows, "test readings"), "127.0.0.1", 0);
    client = new AimlacExchangeClient(URI.create("http://127.0.0.1:" + server.port()), KEY, LoopbackExchange.FAST);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DailySettlement job(InMemoryStore store) {
    return DailySettlement.builder().clock(clock).prices(client, "exchange")
        .orders(HeldOrderSource.exchange(client, "exchange"))
        .meter(new ExchangeSiteMeter(client, "exchange /sim/llanwrtyd-wells", clock))
        .grid(new GridConnection(1.0, 1.0)).store(store).build();
  }

  @Test
  void aDayTradedOnTheExchangeSettlesFromItsPricesFlagsAndMeterOnceDelivered() {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      orders.add(new Order(DAY, h, h.value() % 2 == 0 ? Side.SELL : Side.BUY, 0.3, 50.0));
    }
    assertThat(client.submit(new OrderSet(DAY, orders)).accepted()).isEqualTo(24);
    InMemoryStore store = new InMemoryStore();

    clock.set(DAY.hour(HourId.of(12)).end());
    SettlementResult during = job(store).settle(DAY);
    assertThat(during.status()).isEqualTo(SettlementStatus.PENDING);

    clock.set(DAY.deliveryEnd().plus(Duration.ofMinutes(5)));
    SettlementResult r = job(store).settle(DAY);

    assertThat(r.status()).as(r.message()).isEqualTo(SettlementStatus.SETTLED);
    assertThat(r.warnings()).isEmpty();
    double pnl = 0;
    for (HourId h : HourId.all()) {
      int v = h.value();
      SettledHour s = r.hours().get(h.index());
      boolean fills = orders.get(h.index()).fillsAt(clearing(v));
      assertThat(s.exchangeFilled()).as("%s", h).isEqualTo(Optional.of(fills));
      assertThat(s.ruleFilled()).isEqualTo(fills);
      assertThat(s.settlement().actualNetMWh()).isCloseTo(netW(v) / 1e6, within(1e-9));
      pnl += Settlement.settle(DAY, h, Optional.of(orders.get(h.index())), clearing(v), imbalance(v), netW(v) / 1e6)
          .pnlGbp();
    }
    assertThat(r.pnlGbp()).isCloseTo(pnl, within(1e-9));
    assertThat(r.hours()).anySatisfy(h -> assertThat(h.settlement().filled()).isTrue())
        .anySatisfy(h -> assertThat(h.settlement().filled()).isFalse());
    assertThat(r.hours().get(0).source()).isEqualTo("prices: exchange; orders: exchange; meter: exchange"
        + " /sim/llanwrtyd-wells");
    assertThat(store.settlementRecord(DAY).orElseThrow().status()).isEqualTo(SettlementStatus.SETTLED);
  }
}
