package org.convergence.connectors.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convergence.connectors.exchange.LoopbackFaultProxy.Fault;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.Side;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client reads what the original Flask exchange sent (answers scripted on a loopback proxy): HTTP dates, numbers
 * as strings, accepted 1/0/null, extra fields, list items as JSON-encoded strings, half-hourly imbalance periods,
 * and the site endpoints.
 */
class AimlacWireFormatsTest {
  private static final MarketDay DAY = MarketDay.of(2026, 11, 28);
  private LoopbackExchange exchange;
  private LoopbackFaultProxy proxy;
  private AimlacExchangeClient client;

  @BeforeEach
  void start() {
    exchange = LoopbackExchange.start(DAY.gateClosure().minusSeconds(60), InMemoryPriceHistory.empty(),
        List.of("k"));
    proxy = LoopbackFaultProxy.to(exchange.baseUri());
    client = new AimlacExchangeClient(proxy.baseUri(), "k", LoopbackExchange.FAST);
  }

  @AfterEach
  void stop() {
    proxy.close();
    exchange.close();
  }

  @Test
  void heldOrdersAsTheFlaskExchangeWroteThem() {
    proxy.next("GET", "/auction/bidding/get", Fault.answer(200, """
        [{"order_id": 7, "key_id": 2, "timestamp": "Fri, 27 Nov 2026 08:10:00 GMT",
          "applying_date": "Sat, 28 Nov 2026 00:00:00 GMT", "hour_ID": 1, "type": "sell",
          "volume": "0.60", "price": "30", "accepted": 1},
         {"order_id": 9, "key_id": 2, "timestamp": "Fri, 27 Nov 2026 08:20:00 GMT",
          "applying_date": "Sat, 28 Nov 2026 00:00:00 GMT", "hour_ID": 2, "type": "BUY",
          "volume": 0.5, "price": -12.25, "accepted": null},
         "{\\"order_id\\": 8, \\"applying_date\\": \\"2026-11-28\\", \\"hour_ID\\": 2, \\"type\\": \\"SELL\\", \\"volume\\": \\"1\\", \\"price\\": \\"99\\", \\"accepted\\": 0}",
         {"order_id": 10, "applying_date": "2026-11-28T00:00:00", "hour_ID": "3", "type": "BUY",
          "volume": "2", "price": "45.5", "accepted": 0}]
        """));

    List<HeldOrder> held = client.heldOrders(DAY);

    assertThat(held).containsExactly(
        new HeldOrder(new Order(DAY, HourId.of(1), Side.SELL, 0.6, 30), Optional.of(true)),
        // order 9 came after order 8 for hour 2: the latest counts
        new HeldOrder(new Order(DAY, HourId.of(2), Side.BUY, 0.5, -12.25), Optional.empty()),
        new HeldOrder(new Order(DAY, HourId.of(3), Side.BUY, 2, 45.5), Optional.of(false)));
  }

  @Test
  void pricesAsObjectsOrEncodedStringsAndHalfHourlyImbalance() {
    proxy.next("GET", "/auction/market/clearout-prices", Fault.answer(200, """
        ["{\\"date\\": \\"Sat, 28 Nov 2026 00:00:00 GMT\\", \\"period\\": 1, \\"price\\": \\"40.5\\"}",
         {"date": "2026-11-28", "period": 2, "price": -3}]
        """));
    proxy.next("GET", "/auction/market/imbalance", Fault.answer(200, """
        [{"date": "Sat, 28 Nov 2026 00:00:00 GMT", "period": 1, "price": 10},
         {"date": "Sat, 28 Nov 2026 00:00:00 GMT", "period": 2, "price": 20},
         {"date": "Sat, 28 Nov 2026 00:00:00 GMT", "period": 48, "price": 7}]
        """));

    assertThat(client.clearingPrices(DAY, DAY)).containsExactly(
        new HourPrice(DAY, HourId.of(1), 40.5), new HourPrice(DAY, HourId.of(2), -3));
    assertThat(client.imbalancePrices(DAY, DAY)).containsExactly(
        new HourPrice(DAY, HourId.of(1), 15), new HourPrice(DAY, HourId.of(24), 7));
    assertThat(proxy.received().get(0).query()).isEqualTo("start_date=2026-11-28&end_date=2026-11-29");
  }

  @Test
  void ourServerWritesHttpDatesAndAcceptedAsNumbersOrNull() throws Exception {
    client.submit(new org.convergence.core.market.OrderSet(DAY,
        List.of(new Order(DAY, HourId.of(4), Side.SELL, 0.75, 12))));
    var raw = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        exchange.baseUri().resolve("/auction/bidding/get?key=k&applying_date=2026-11-28")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();

    assertThat(raw).contains("\"applying_date\":\"Sat, 28 Nov 2026 00:00:00 GMT\"")
        .contains("\"timestamp\":\"Fri, 27 Nov 2026 08:59:00 GMT\"")
        .contains("\"hour_ID\":4").contains("\"type\":\"SELL\"").contains("\"volume\":0.75")
        .contains("\"price\":12.0").contains("\"accepted\":null").contains("\"order_id\":1").contains("\"key_id\":1");
  }

  @Test
  void siteReadingAndAveragePower() {
    proxy.next("GET", "/sim/llanwrtyd-wells", Fault.answer(200, """
        {"elements": {"AIMLAC HQ Llanwrtyd Wells": {"power": -20000.0, "temperature": 12.13},
          "Llanwrtyd Wells - Computing Centre": {"power": -200000.0},
          "Llanwrtyd Wells - Solar Generator": {"power": 1500.0},
          "Llanwrtyd Wells - Wind Generator 1": {"power": 92.0},
          "Llanwrtyd Wells - Wind Generator 2": {"power": 40.0},
          "Llanwrtyd Wells - Wind Generator 3": {"power": 92.0},
          "Llanwrtyd Wells - Wind Generator 4": {"power": 92.0},
          "Llanwrtyd Wells - Wind Generator A": {"power": 92.0},
          "Llanwrtyd Wells - Wind Generator B": {"power": 92.0}},
         "timedate": "Fri, 21 Jan 2022 19:29:22 GMT"}
        """));
    proxy.next("GET", "/sim/llanwrtyd-wells/30m-average-power", Fault.answer(200, "{\"average power\": \"114378.39\"}"));

    SiteReading r = client.siteReading();
    double w = client.averagePowerW(Instant.parse("2022-01-01T13:00:00Z"));

    assertThat(r).isEqualTo(new SiteReading(Instant.parse("2022-01-21T19:29:22Z"), 0.5, 1.5, 20, 200, 12.13));
    assertThat(w).isEqualTo(114378.39);
    assertThat(proxy.received().get(1).query()).isEqualTo("year=2022&month=1&day=1&hour=13&minute=0");
  }

  @Test
  void anAnswerThatIsNotTheApiNamesTheEndpoint() {
    proxy.next("GET", "/auction/market/clearout-prices", Fault.answer(200, "{\"error\": \"no\"}"));
    assertThatThrownBy(() -> client.clearingPrices(DAY, DAY))
        .isInstanceOf(ExchangeException.class)
        .hasMessage("GET /auction/market/clearout-prices: unexpected answer: expected a JSON list, got object");
  }
}
