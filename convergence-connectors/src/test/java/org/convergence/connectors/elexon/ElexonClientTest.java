package org.convergence.connectors.elexon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.http.RecordedServer;
import org.convergence.connectors.http.RecordedServer.Response;
import org.convergence.connectors.http.SourceException;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.SettlementPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ElexonClientTest {
  static final String RECORDED = "/org/convergence/connectors/recorded/";
  static final HttpOptions FAST = HttpOptions.DEFAULT.withMaxAttempts(2).withBackoff(Duration.ZERO, Duration.ZERO);

  private final RecordedServer server = RecordedServer.start();
  private final ElexonClient client = new ElexonClient(server.baseUri().resolve("/bmrs/api/v1"), FAST);

  @AfterEach
  void stop() {
    server.close();
  }

  /** Serves the recorded MID chunks by their "from" date, and system prices by date. */
  static void serveRecordings(RecordedServer server) {
    server.otherwise(r -> {
      if (r.path().endsWith("/datasets/MID")) {
        String from = r.param("from");
        return switch (from) {
          case "2022-03-21", "2022-03-28", "2021-02-19" ->
              Response.json(RecordedServer.resource(RECORDED + "elexon-mid-" + from + ".json"));
          default -> Response.json(RecordedServer.resource(RECORDED + "elexon-mid-empty.json"));
        };
      }
      if (r.path().endsWith("/balancing/settlement/system-prices/2021-02-19")) {
        return Response.json(RecordedServer.resource(RECORDED + "elexon-system-prices-2021-02-19.json"));
      }
      if (r.path().contains("/balancing/settlement/system-prices/")) {
        return Response.json("{\"data\":[]}");
      }
      return Response.status(404, "{\"status\":404,\"title\":\"Not Found\"}");
    });
  }

  @Test
  void fetchesMidInSevenDayChunksWithTheApxProvider() {
    serveRecordings(server);
    List<ElexonClient.ChunkResult> chunks = new ArrayList<>();
    List<MarketIndexPrice> prices = client.marketIndex(
        new ElexonClient.DateRange(LocalDate.of(2022, 3, 21), LocalDate.of(2022, 3, 29)), ElexonClient.APX,
        chunks::add);

    assertThat(server.requests()).hasSize(2);
    RecordedServer.Request first = server.requests().get(0);
    assertThat(first.path()).isEqualTo("/bmrs/api/v1/datasets/MID");
    assertThat(first.param("from")).isEqualTo("2022-03-21");
    assertThat(first.param("to")).isEqualTo("2022-03-27");
    assertThat(first.param("dataProviders")).isEqualTo("APXMIDP");
    assertThat(first.param("settlementPeriodFrom")).isEqualTo("1");
    assertThat(first.param("settlementPeriodTo")).isEqualTo("50");
    assertThat(server.requests().get(1).param("from")).isEqualTo("2022-03-28");
    assertThat(server.requests().get(1).param("to")).isEqualTo("2022-03-29");
    assertThat(chunks).extracting(ElexonClient.ChunkResult::rows).containsExactly(334, 96);

    // 6 x 48 + 46 (clock change on 27 March) + 2 x 48; the N2EX row in the recording is dropped
    assertThat(prices).hasSize(430);
    assertThat(prices).allSatisfy(p -> assertThat(p.dataProvider()).isEqualTo("APXMIDP"));
    MarketIndexPrice p0 = prices.get(0);
    assertThat(p0.period()).isEqualTo(new SettlementPeriod(LocalDate.of(2022, 3, 21), 1));
    assertThat(p0.priceGbpPerMWh()).isEqualTo(178.16);
    assertThat(p0.volumeMWh()).isEqualTo(384.3);
    assertThat(p0.aimlacMarketDay()).isEqualTo(MarketDay.of(2022, 3, 21));
    assertThat(p0.aimlacHour()).isEqualTo(HourId.of(2));
    // SP 1 of 28 March (BST) starts at 23:00 UTC on the 27th: hour 1 of market day 28 March
    MarketIndexPrice bst = prices.stream()
        .filter(p -> p.period().equals(new SettlementPeriod(LocalDate.of(2022, 3, 28), 1))).findFirst().orElseThrow();
    assertThat(bst.startTime()).isEqualTo(Instant.parse("2022-03-27T23:00:00Z"));
    assertThat(bst.aimlacMarketDay()).isEqualTo(MarketDay.of(2022, 3, 28));
    assertThat(bst.aimlacHour()).isEqualTo(HourId.of(1));
    for (int i = 1; i < prices.size(); i++) {
      assertThat(prices.get(i).startTime()).isEqualTo(prices.get(i - 1).startTime().plus(Duration.ofMinutes(30)));
    }
  }

  @Test
  void csvIsByteForByteTheGbPricesFormat() throws Exception {
    serveRecordings(server);
    List<MarketIndexPrice> prices = client.marketIndex(LocalDate.of(2022, 3, 21), LocalDate.of(2022, 3, 29));
    StringWriter out = new StringWriter();
    ElexonCsv.writeMarketIndex(out, prices);
    assertThat(out.toString()).isEqualTo(
        RecordedServer.resource(RECORDED + "elexon_mid_apxmidp_halfhourly_2022-03-21_to_29.csv"));
  }

  @Test
  void hourlyAimlacMeansOfHalfHours() {
    serveRecordings(server);
    List<HourPrice> hours = AimlacHours.marketIndex(client.marketIndex(LocalDate.of(2021, 2, 19),
        LocalDate.of(2021, 2, 19)));
    // 2021-02-19 (GMT): SPs 1..46 fill hours 2..24 of market day 19 Feb; SPs 47, 48 are hour 1 of 20 Feb
    assertThat(hours).hasSize(24);
    assertThat(hours.get(0)).satisfies(h -> {
      assertThat(h.day()).isEqualTo(MarketDay.of(2021, 2, 19));
      assertThat(h.hour()).isEqualTo(HourId.of(2));
      assertThat(h.priceGbpPerMWh()).isCloseTo((40.18 + 42.37) / 2, within(1e-9)); // market_data.csv SP 1, 2
    });
    assertThat(hours.get(23).day()).isEqualTo(MarketDay.of(2021, 2, 20));
    assertThat(hours.get(23).hour()).isEqualTo(HourId.of(1));
  }

  @Test
  void systemPricesPerSettlementDate() {
    serveRecordings(server);
    List<SystemPrice> prices = client.systemPrices(
        new ElexonClient.DateRange(LocalDate.of(2021, 2, 19), LocalDate.of(2021, 2, 20)), r -> { });
    assertThat(server.requests()).extracting(RecordedServer.Request::path).containsExactly(
        "/bmrs/api/v1/balancing/settlement/system-prices/2021-02-19",
        "/bmrs/api/v1/balancing/settlement/system-prices/2021-02-20");
    assertThat(prices).hasSize(48);
    assertThat(prices.get(0).period().period()).isEqualTo(1);
    assertThat(prices.get(0).netImbalanceVolumeMWh()).isNaN();
    List<HourPrice> hourly = AimlacHours.systemPrices(prices);
    // published check: the 00:00Z hour of 2021-02-19 is (7.05 + 42.37) / 2 = 24.71
    assertThat(hourly.get(0).hour()).isEqualTo(HourId.of(2));
    assertThat(hourly.get(0).priceGbpPerMWh()).isCloseTo(24.71, within(1e-9));
  }

  @Test
  void emptyResponseIsNoData() {
    server.otherwise(r -> Response.json(RecordedServer.resource(RECORDED + "elexon-mid-empty.json")));
    assertThat(client.marketIndex(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 3))).isEmpty();
  }

  @Test
  void errorResponseNamesSourceUrlAndStatus() {
    server.otherwise(r -> Response.status(400, RecordedServer.resource(RECORDED + "elexon-400.json")));
    assertThatThrownBy(() -> client.marketIndex(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 2)))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageStartingWith("Elexon Insights: ")
        .hasMessageContaining("/datasets/MID?from=2022-01-01&to=2022-01-02")
        .hasMessageContaining("must not exceed 7 days");
  }

  @Test
  void malformedRowIsAClearError() {
    server.otherwise(r -> Response.json("{\"data\":[{\"dataProvider\":\"APXMIDP\",\"settlementDate\":\"2022-01-01\","
        + "\"settlementPeriod\":1,\"startTime\":\"2022-01-01T00:00:00Z\",\"price\":\"n/a\",\"volume\":1}]}"));
    assertThatThrownBy(() -> client.marketIndex(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 1)))
        .hasMessageContaining("price is missing or not a number");
  }

  @Test
  void chunksCoverTheRangeExactly() {
    List<ElexonClient.DateRange> c = new ElexonClient.DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 15))
        .chunks(7);
    assertThat(c).extracting(Object::toString)
        .containsExactly("2022-01-01..2022-01-07", "2022-01-08..2022-01-14", "2022-01-15..2022-01-15");
    assertThatThrownBy(() -> new ElexonClient.DateRange(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1)))
        .hasMessageContaining("before it starts");
  }

  @Test
  void numbersInShortestForm() {
    assertThat(ElexonCsv.number(346.0)).isEqualTo("346");
    assertThat(ElexonCsv.number(655.40)).isEqualTo("655.4");
    assertThat(ElexonCsv.number(-5.25)).isEqualTo("-5.25");
    assertThat(ElexonCsv.number(0.0)).isEqualTo("0");
    assertThat(ElexonCsv.number(1983.7)).isEqualTo("1983.7");
  }
}
