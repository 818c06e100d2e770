package org.convergence.connectors.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.aimlacsite.EnergyOnsiteRow;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.exchange.ExchangeException;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /sim/llanwrtyd-wells} and {@code .../30m-average-power}: {@link AimlacExchangeClient} against {@link
 * AimlacExchangeServer} on loopback, replaying recorded readings at the exchange's clock.
 */
class SiteEndpointsTest {
  /** Rows in the energy_onsite.csv format; the 12:30 half-hour has none, windA differs from the others at 12:21. */
  private static final String CSV = """
      time,hq_power,computing_center,wind1,wind2,wind3,wind4,windA,windB,hq_temperature,solar
      2022-03-14 11:51:10,-30000,-200000,40000,40000,40000,40000,40000,40000,21.95,15000.00
      2022-03-14 12:05:00,-150000,-200000,41000,41000,41000,41000,41000,41000,21.80,16000.00
      2022-03-14 12:21:30,-30000,-200000,42000,42000,42000,42000,0,42000,22.10,17000.00
      2022-03-14 13:02:00,-30000,-200000,50000,50000,50000,50000,50000,50000,NULL,20000.00
      """;

  private SettableClock clock;
  private AimlacExchangeServer server;
  private AimlacExchangeClient client;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    List<EnergyOnsiteRow> rows = EnergyOnsiteReader.rows(new StringReader(CSV), "test.csv");
    clock = new SettableClock(Instant.parse("2022-03-14T12:25:00Z"));
    SimulatedExchange exchange = new SimulatedExchange(clock, InMemoryPriceHistory.of(List.of(), List.of()),
        List.of("k"));
    server = AimlacExchangeServer.start(exchange, RecordedSiteReadings.of(rows, "test.csv"), "127.0.0.1", 0);
    client = new AimlacExchangeClient(base(), "k", LoopbackExchange.FAST);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(base().resolve(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theSiteReadingIsTheLatestAtOrBeforeTheExchangesTimeInTheOriginalsFormat() throws Exception {
    HttpResponse<String> raw = get("/sim/llanwrtyd-wells");
    assertThat(raw.statusCode()).isEqualTo(200);
    JsonNode body = AimlacWire.parse(raw.body());
    assertThat(body.get("timedate").asText()).isEqualTo("Mon, 14 Mar 2022 12:21:30 GMT");
    JsonNode elements = body.get("elements");
    assertThat(elements.get("AIMLAC HQ Llanwrtyd Wells").get("power").asDouble()).isEqualTo(-30000.0);
    assertThat(elements.get("AIMLAC HQ Llanwrtyd Wells").get("temperature").asDouble()).isEqualTo(22.10);
    assertThat(elements.get("Llanwrtyd Wells - Computing Centre").get("power").asDouble()).isEqualTo(-200000.0);
    assertThat(elements.get("Llanwrtyd Wells - Solar Generator").get("power").asDouble()).isEqualTo(17000.0);
    assertThat(elements.get("Llanwrtyd Wells - Wind Generator 1").get("power").asDouble()).isEqualTo(42000.0);
    assertThat(elements.get("Llanwrtyd Wells - Wind Generator A").get("power").asDouble()).isEqualTo(0.0);
    assertThat(elements.get("Llanwrtyd Wells - Wind Generator B").get("power").asDouble()).isEqualTo(42000.0);
    assertThat(elements.size()).isEqualTo(9);

    SiteReading reading = client.siteReading();
    assertThat(reading).isEqualTo(new SiteReading(Instant.parse("2022-03-14T12:21:30Z"), 210.0, 17.0, 30.0, 200.0,
        22.10));

    clock.set(Instant.parse("2022-03-14T12:21:29Z"));
    assertThat(client.siteReading().time()).isEqualTo(Instant.parse("2022-03-14T12:05:00Z"));
    clock.set(Instant.parse("2022-03-14T13:10:00Z"));
    SiteReading noTemperature = client.siteReading();
    assertThat(noTemperature.time()).isEqualTo(Instant.parse("2022-03-14T13:02:00Z"));
    assertThat(noTemperature.officeTemperatureC()).isNaN();
    assertThat(AimlacWire.parse(get("/sim/llanwrtyd-wells").body()).get("elements")
        .get("AIMLAC HQ Llanwrtyd Wells").has("temperature")).isFalse();
  }

  @Test
  void beforeTheFirstReadingThereIsNoneAndTheClientSaysSo() {
    clock.set(Instant.parse("2022-03-14T11:51:09Z"));
    assertThatThrownBy(client::siteReading).isInstanceOf(ExchangeException.class)
        .hasMessageContaining("GET /sim/llanwrtyd-wells: HTTP 404")
        .hasMessageContaining("no site reading at or before the exchange's time Mon, 14 Mar 2022 11:51:09 GMT");
  }

  @Test
  void theAverageIsTheMeanNetPowerOfTheHalfHoursReadingsTakenSoFar() {
    // 12:00 half-hour at 12:25: the 12:05 and 12:21:30 readings; net = generation - consumption
    double at1205 = 6 * 41000 + 16000 - 150000 - 200000; // -88 000
    double at1221 = 5 * 42000 + 17000 - 30000 - 200000; // -3 000
    assertThat(client.averagePowerW(Instant.parse("2022-03-14T12:00:00Z")))
        .isCloseTo((at1205 + at1221) / 2, within(1e-9));
    // earlier in the half-hour, the later reading has not been taken yet
    clock.set(Instant.parse("2022-03-14T12:10:00Z"));
    assertThat(client.averagePowerW(Instant.parse("2022-03-14T12:00:00Z"))).isCloseTo(at1205, within(1e-9));
    // the half-hour starts at the minute given: 11:50 .. 12:20 holds 11:51:10 and 12:05
    double at1151 = 6 * 40000 + 15000 - 30000 - 200000;
    assertThat(client.averagePowerW(Instant.parse("2022-03-14T11:50:00Z")))
        .isCloseTo((at1151 + at1205) / 2, within(1e-9));
  }

  @Test
  void aHalfHourWithoutReadingsIsA404NotAZero() throws Exception {
    clock.set(Instant.parse("2022-03-14T14:00:00Z"));
    assertThatThrownBy(() -> client.averagePowerW(Instant.parse("2022-03-14T12:30:00Z")))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("GET /sim/llanwrtyd-wells/30m-average-power: HTTP 404")
        .hasMessageContaining("no site reading in the half-hour Mon, 14 Mar 2022 12:30:00 GMT .. "
            + "Mon, 14 Mar 2022 13:00:00 GMT");
    HttpResponse<String> raw = get("/sim/llanwrtyd-wells/30m-average-power?year=2022&month=3&day=14&hour=12"
        + "&minute=30");
    assertThat(raw.statusCode()).isEqualTo(404);
    assertThat(AimlacWire.parse(raw.body()).fieldNames()).toIterable().containsExactly("message");
  }

  @Test
  void aHalfHourThatHasNotBegunIsA404() {
    assertThatThrownBy(() -> client.averagePowerW(Instant.parse("2022-03-14T13:00:00Z")))
        .isInstanceOf(ExchangeException.class)
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining("has not begun at the exchange's time Mon, 14 Mar 2022 12:25:00 GMT");
  }

  @Test
  void aBadTimeIsA400ThatNamesTheParameter() throws Exception {
    HttpResponse<String> missing = get("/sim/llanwrtyd-wells/30m-average-power?year=2022&month=3&day=14&hour=12");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("query parameter minute (a whole number) is missing");
    HttpResponse<String> impossible = get("/sim/llanwrtyd-wells/30m-average-power?year=2022&month=2&day=30&hour=0"
        + "&minute=0");
    assertThat(impossible.statusCode()).isEqualTo(400);
    assertThat(impossible.body()).contains("must make a UTC time");
  }

  @Test
  void anExchangeWithoutReadingsAnswers404() {
    server.close();
    server = AimlacExchangeServer.start(server.exchange(), "127.0.0.1", 0);
    client = new AimlacExchangeClient(base(), "k", LoopbackExchange.FAST);
    assertThatThrownBy(client::siteReading).hasMessageContaining("HTTP 404").hasMessageContaining("no readings");
  }

  @Test
  void theBundledReadingsReplayTheRecording() {
    RecordedSiteReadings bundled = RecordedSiteReadings.bundled();
    assertThat(bundled.first()).contains(Instant.parse("2022-02-16T00:33:35Z"));
    // the first two rows of energy_onsite.csv: -20000 -200000 + 6 x 57830, then -20000 -200000 + 6 x 58674
    assertThat(bundled.averagePowerW(Instant.parse("2022-02-16T00:30:00Z"), Instant.parse("2022-02-16T01:00:00Z")))
        .hasValueCloseTo((126980.0 + 132044.0) / 2, within(1e-9));
    assertThat(bundled.averagePowerW(Instant.parse("2022-02-16T00:00:00Z"), Instant.parse("2022-02-16T01:00:00Z")))
        .isEmpty();
  }
}
