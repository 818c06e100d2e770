package org.convergence.connectors.elexon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.convergence.connectors.http.RecordedServer;
import org.convergence.connectors.http.RecordedServer.Response;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ElexonPriceHistoryTest {
  private final RecordedServer server = RecordedServer.start();
  private final ElexonPriceHistory history = new ElexonPriceHistory(
      new ElexonClient(server.baseUri().resolve("/bmrs/api/v1"), ElexonClientTest.FAST));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aMarketDaysClearingPricesAreTheHourlyMeansOfItsSettlementPeriods() {
    // the recording holds settlement date 2021-02-19 only; market day 19 Feb also needs 18 Feb's last two SPs
    server.otherwise(r -> r.path().endsWith("/datasets/MID")
        ? Response.json(RecordedServer.resource(ElexonClientTest.RECORDED + "elexon-mid-2021-02-19.json"))
        : Response.status(404, "{}"));

    List<HourPrice> hours = history.clearingPrices(MarketDay.of(2021, 2, 19), MarketDay.of(2021, 2, 19));

    assertThat(server.requests()).singleElement().satisfies(r -> {
      assertThat(r.param("from")).isEqualTo("2021-02-18");
      assertThat(r.param("to")).isEqualTo("2021-02-19");
      assertThat(r.param("dataProviders")).isEqualTo("APXMIDP");
    });
    assertThat(hours).hasSize(23).allSatisfy(h -> assertThat(h.day()).isEqualTo(MarketDay.of(2021, 2, 19)));
    assertThat(hours.get(0).hour()).isEqualTo(HourId.of(2));
    assertThat(hours.get(0).priceGbpPerMWh()).isCloseTo((40.18 + 42.37) / 2, within(1e-9));
  }

  @Test
  void imbalancePricesComeFromTheSystemPrices() {
    server.otherwise(r -> r.path().endsWith("/system-prices/2021-02-19")
        ? Response.json(RecordedServer.resource(ElexonClientTest.RECORDED + "elexon-system-prices-2021-02-19.json"))
        : Response.json("{\"data\":[]}"));

    List<HourPrice> hours = history.imbalancePrices(MarketDay.of(2021, 2, 19), MarketDay.of(2021, 2, 19));

    assertThat(hours).isNotEmpty().allSatisfy(h -> assertThat(h.day()).isEqualTo(MarketDay.of(2021, 2, 19)));
  }
}
