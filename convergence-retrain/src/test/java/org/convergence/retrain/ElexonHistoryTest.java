package org.convergence.retrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.StringJoiner;
import org.convergence.connectors.elexon.ElexonClient;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Elexon history over HTTP on loopback, serving recorded MID responses. */
class ElexonHistoryTest {
  Javalin server;

  @AfterEach
  void stop() {
    server.stop();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ElexonHistoryTest.class.getResourceAsStream("elexon/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String systemPrices(LocalDate date) {
    // GB settlement days run in UK local time: 46 periods on the spring clock change, 50 in autumn
    java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
    java.time.Instant start = date.atStartOfDay(london).toInstant();
    long periods = Duration.between(start, date.plusDays(1).atStartOfDay(london).toInstant()).toMinutes() / 30;
    StringJoiner rows = new StringJoiner(",", "{\"data\":[", "]}");
    for (int sp = 1; sp <= periods; sp++) {
      rows.add("{\"settlementDate\":\"" + date + "\",\"settlementPeriod\":" + sp + ",\"startTime\":\""
          + start.plusSeconds(1800L * (sp - 1))
          + "\",\"systemSellPrice\":100.0,\"systemBuyPrice\":100.0,\"netImbalanceVolume\":null}");
    }
    return rows.toString();
  }

  @Test
  void loadsHourlyClearingAndImbalancePricesByMarketDay() throws IOException {
    String mid21 = resource("elexon-mid-2022-03-21.json");
    String mid28 = resource("elexon-mid-2022-03-28.json");
    server = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.routes.get("/bmrs/api/v1/datasets/MID", ctx -> ctx.contentType(ContentType.APPLICATION_JSON)
          .result(switch (ctx.queryParam("from")) {
            case "2022-03-21" -> mid21;
            case "2022-03-28" -> mid28;
            default -> "{\"data\":[]}";
          }));
      c.routes.get("/bmrs/api/v1/balancing/settlement/system-prices/{date}", ctx -> ctx
          .contentType(ContentType.APPLICATION_JSON).result(systemPrices(LocalDate.parse(ctx.pathParam("date")))));
    }).start("127.0.0.1", 0);
    ElexonClient client = new ElexonClient(URI.create("http://127.0.0.1:" + server.port() + "/bmrs/api/v1"),
        HttpOptions.DEFAULT.withMaxAttempts(1).withBackoff(Duration.ZERO, Duration.ZERO));

    InMemoryPriceHistory h = new ElexonHistory(client).load(MarketDay.of(2022, 3, 22), MarketDay.of(2022, 3, 28),
        true);

    assertThat(h.clearingPrices(MarketDay.of(2022, 1, 1), MarketDay.of(2022, 12, 31))).extracting(HourPrice::day)
        .allSatisfy(d ->
        assertThat(d).isBetween(MarketDay.of(2022, 3, 22), MarketDay.of(2022, 3, 28)));
    // market day 2022-03-22 hour 2 = 2022-03-22 00:00-01:00Z = settlement periods 1 and 2 of 2022-03-22
    HourPrice h2 = h.clearingPrices(MarketDay.of(2022, 3, 22), MarketDay.of(2022, 3, 22)).get(1);
    assertThat(h2.hour()).isEqualTo(HourId.of(2));
    assertThat(h2.priceGbpPerMWh()).isGreaterThan(0);
    assertThat(h.clearingPrices(MarketDay.of(2022, 3, 22), MarketDay.of(2022, 3, 26))).hasSize(5 * 24);
    assertThat(h.imbalancePrices(MarketDay.of(2022, 3, 22), MarketDay.of(2022, 3, 28))).hasSize(7 * 24)
        .allSatisfy(p -> assertThat(p.priceGbpPerMWh()).isCloseTo(100, within(1e-9)));
    assertThat(new ElexonHistory(client).load(MarketDay.of(2022, 3, 22), MarketDay.of(2022, 3, 22), false)
        .imbalancePrices(MarketDay.of(2022, 3, 22), MarketDay.of(2022, 3, 22))).isEmpty();
  }
}
