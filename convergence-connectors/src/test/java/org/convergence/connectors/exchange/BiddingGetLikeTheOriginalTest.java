package org.convergence.connectors.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Our exchange's {@code bidding/get} answers as the original AIMLAC exchange does where a client would notice: every
 * order of the day (an hour sent twice appears twice), several team keys (another team's valid key gets {@code []},
 * an unknown key {@code null}); our client takes the latest order per hour from such a list.
 */
class BiddingGetLikeTheOriginalTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 15);
  static final String TEAM_A = "team-a-key-5f1c";
  static final String TEAM_B = "team-b-key-93d0";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  LoopbackExchange exchange = LoopbackExchange.start(DAY.gateClosure().minus(Duration.ofHours(1)),
      InMemoryPriceHistory.empty(), List.of(TEAM_A, TEAM_B));

  @AfterEach
  void stop() {
    exchange.close();
  }

  private JsonNode get(String key) throws Exception {
    URI uri = exchange.baseUri().resolve("/auction/bidding/get?key=" + key + "&applying_date=" + DAY.date());
    return new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  @Test
  void everyOrderOfTheDayIsListedAndTheClientTakesTheLatestPerHour() throws Exception {
    AimlacExchangeClient a = exchange.client(TEAM_A);
    Order first = new Order(DAY, HourId.of(3), Side.SELL, 0.5, 40);
    Order second = new Order(DAY, HourId.of(3), Side.SELL, 0.7, 45);
    Order other = new Order(DAY, HourId.of(4), Side.BUY, 0.2, 90);
    a.submit(new OrderSet(DAY, List.of(first, other)));
    a.submit(new OrderSet(DAY, List.of(second)));

    JsonNode rows = get(TEAM_A);

    assertThat(rows.isArray()).isTrue();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("hour_ID").asInt()).isEqualTo(3);
    assertThat(rows.get(0).get("volume").asDouble()).isEqualTo(0.5);
    assertThat(rows.get(2).get("volume").asDouble()).isEqualTo(0.7);
    assertThat(rows.get(0).get("applying_date").asText()).endsWith("GMT");
    assertThat(a.heldOrders(DAY)).extracting(HeldOrder::order).containsExactly(second, other);
  }

  @Test
  void anotherTeamsValidKeyGetsAnEmptyListAndAnUnknownKeyNull() throws Exception {
    exchange.client(TEAM_A).submit(new OrderSet(DAY, List.of(new Order(DAY, HourId.of(1), Side.BUY, 1, 100))));

    assertThat(get(TEAM_B).isArray()).isTrue();
    assertThat(get(TEAM_B)).isEmpty();
    assertThat(get("nobody").isNull()).isTrue();
    assertThat(exchange.client(TEAM_B).heldOrders(DAY)).isEmpty();
  }
}
