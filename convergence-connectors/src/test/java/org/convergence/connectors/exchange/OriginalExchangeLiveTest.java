package org.convergence.connectors.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.convergence.connectors.prices.PriceSources;
import org.convergence.core.exchange.ExchangeAuthenticationException;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.RunOutcome;
import org.convergence.core.run.RunReport;
import org.convergence.core.run.SourceUse;
import org.convergence.core.strategy.HedgeStrategy;
import org.convergence.core.testkit.SyntheticSite;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live mode against a stand-in for the original AIMLAC exchange ({@link OriginalAimlacExchangeFake}): our client
 * and a daily run trade through {@code bidding/set} and {@code bidding/get} alone, and the price history falls over
 * from the exchange (no price endpoints: 404) to the next source, which the report names.
 */
class OriginalExchangeLiveTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 20);
  static final Instant NOW = DAY.gateClosure().minus(Duration.ofHours(2));
  static final String KEY = "original-fake-team-key-4b2e";
  static final String OTHER = "original-fake-other-team-91c7";

  OriginalAimlacExchangeFake original;
  AimlacExchangeClient client;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  PrintStream stderr;

  @BeforeEach
  void start() {
    stderr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    original = OriginalAimlacExchangeFake.start(Clock.fixed(NOW, ZoneOffset.UTC), List.of(KEY, OTHER));
    client = new AimlacExchangeClient(original.baseUri(), KEY,
        new AimlacExchangeClient.Options(Duration.ofSeconds(1), Duration.ofSeconds(2), 2, Duration.ofMillis(5)));
  }

  @AfterEach
  void stop() {
    original.close();
    System.setErr(stderr);
    assertThat(log.toString(StandardCharsets.UTF_8)).as("log lines").doesNotContain(KEY).doesNotContain(OTHER);
  }

  private static OrderSet day(double priceOffset) {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      orders.add(new Order(DAY, h, Side.SELL, 0.1 * h.value(), 50 + h.value() + priceOffset));
    }
    return new OrderSet(DAY, orders);
  }

  @Test
  void theClientTakesTheLatestOrderPerHourFromEveryRowOfTheDay() {
    assertThat(client.submit(day(0)).accepted()).isEqualTo(24);
    Order changed = new Order(DAY, HourId.of(5), Side.BUY, 0.3, 99);
    assertThat(client.submit(new OrderSet(DAY, List.of(changed))).accepted()).isEqualTo(1);

    assertThat(original.rowCount()).isEqualTo(25);
    List<HeldOrder> held = client.heldOrders(DAY);
    assertThat(held).hasSize(24);
    assertThat(held.get(4).order()).isEqualTo(changed);
    assertThat(held.get(3).order()).isEqualTo(day(0).orders().get(3));
  }

  @Test
  void anotherTeamSeesNoneOfOurOrdersAndAnUnknownKeyIsRefusedWithoutShowingIt() {
    client.submit(day(0));
    AimlacExchangeClient other = new AimlacExchangeClient(original.baseUri(), OTHER);
    assertThat(other.heldOrders(DAY)).isEmpty();
    AimlacExchangeClient stranger = new AimlacExchangeClient(original.baseUri(), "not-a-team-key-0000");
    assertThatThrownBy(() -> stranger.heldOrders(DAY)).isInstanceOf(ExchangeAuthenticationException.class)
        .hasMessageContaining("answered null").hasMessageNotContaining("not-a-team-key-0000");
  }

  @Test
  void thereAreNoPriceEndpoints() {
    assertThatThrownBy(() -> client.clearingPrices(DAY, DAY)).isInstanceOf(ExchangeException.class)
        .hasMessageContaining("GET /auction/market/clearout-prices: HTTP 404");
  }

  @Test
  void aLiveRunTradesAndTheReportNamesThePriceSourceThatServed() {
    SyntheticSite site = SyntheticSite.of(DAY.minusDays(20), DAY.plusDays(2));
    DailyRun run = DailyRun.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).weather(site.chain()).energy(site)
        .forecaster(site).history(PriceSources.chain(List.of("exchange", "database"), client, site, null))
        .exchange(client, "http").grid(new GridConnection(1, 1)).strategy(new HedgeStrategy()).build();

    RunReport r = run.run(DAY);

    assertThat(r.outcome()).isEqualTo(RunOutcome.SUBMITTED);
    assertThat(r.verified()).isTrue();
    assertThat(r.held()).hasSize(24);
    assertThat(r.sources()).filteredOn(u -> u.role().equals("price history")).singleElement()
        .satisfies(u -> {
          assertThat(u.source()).isEqualTo("database");
          assertThat(u.note()).contains("exchange: unavailable - GET /auction/market/clearout-prices: HTTP 404");
        });
    assertThat(r.sources()).extracting(SourceUse::role).contains("exchange", "weather", "prices");
  }
}
