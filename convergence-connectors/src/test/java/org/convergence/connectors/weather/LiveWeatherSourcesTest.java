package org.convergence.connectors.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.http.RecordedServer;
import org.convergence.connectors.http.RecordedServer.Response;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;
import org.convergence.core.weather.WeatherUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Met Office DataHub and Open-Meteo clients against recorded responses on a loopback server. */
class LiveWeatherSourcesTest {
  static final String RECORDED = "/org/convergence/connectors/recorded/";
  static final GeoLocation SITE = new GeoLocation(52.1051, -3.6680, 250);
  static final MarketDay DAY = MarketDay.of(2022, 2, 16);
  static final Instant NOW = Instant.parse("2022-02-15T08:30:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final HttpOptions FAST = HttpOptions.DEFAULT.withMaxAttempts(2).withBackoff(Duration.ZERO, Duration.ZERO);

  private final RecordedServer server = RecordedServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private MetOfficeDataHubSource metOffice(String key) {
    return new MetOfficeDataHubSource(server.baseUri().resolve("/sitespecific/v0"), key, SITE, FAST, CLOCK);
  }

  private OpenMeteoSource openMeteo(double windHeight) {
    return new OpenMeteoSource(server.baseUri(), SITE, windHeight, FAST, CLOCK);
  }

  @Test
  void metOfficeForecastFromRecordedResponse() {
    server.on("/sitespecific/v0/point/hourly", Response.json(RecordedServer.resource(RECORDED + "metoffice-hourly.json")));
    WeatherForecast f = metOffice("my-key").forecast(DAY, NOW);

    RecordedServer.Request req = server.requests().get(0);
    assertThat(req.header("apikey")).isEqualTo("my-key");
    assertThat(req.param("latitude")).isEqualTo("52.1051");
    assertThat(req.param("longitude")).isEqualTo("-3.6680");
    assertThat(req.query()).doesNotContain("my-key");

    assertThat(f.source()).isEqualTo("metoffice");
    assertThat(f.issuedAt()).isEqualTo(Instant.parse("2022-02-15T08:00:00Z"));
    assertThat(f.windMeasurementHeightM()).isEqualTo(10);
    assertThat(f.samples()).extracting(WeatherSample::interval).containsExactlyElementsOf(DAY.halfHours());
    // the same values as the recorded CSV: 23:00 8.36 C 7.51 m/s, 00:00 8.48 C 4.12 m/s
    assertThat(f.samples().get(0).airTemperatureC()).isCloseTo(0.75 * 8.36 + 0.25 * 8.48, within(1e-12));
    assertThat(f.samples().get(1).windSpeedMps()).isCloseTo(0.25 * 7.51 + 0.75 * 4.12, within(1e-12));
    // and the replay of the same hours gives the same half-hours
    WeatherForecast replayed = MetOfficeSpotReplay.bundled().atElevation(250).forecastFor(DAY, NOW);
    for (int i = 0; i < 48; i++) {
      assertThat(f.samples().get(i).airTemperatureC()).isEqualTo(replayed.samples().get(i).airTemperatureC());
      assertThat(f.samples().get(i).windSpeedMps()).isEqualTo(replayed.samples().get(i).windSpeedMps());
      assertThat(f.samples().get(i).pressureHpa()).isCloseTo(replayed.samples().get(i).pressureHpa(), within(1e-9));
    }
  }

  @Test
  void metOfficeRawRowsKeepEveryField() {
    server.on("/sitespecific/v0/point/hourly", Response.json(RecordedServer.resource(RECORDED + "metoffice-hourly.json")));
    MetOfficeDataHubSource.Fetched fetched = metOffice("k").fetch();
    assertThat(fetched.rows()).hasSize(26);
    MetOfficeSpotRow first = fetched.rows().get(0);
    assertThat(first).isEqualTo(MetOfficeSpotReplay.bundled().rows().get(0));
  }

  @Test
  void metOfficeWithoutKeyIsUnavailableWithoutCallingTheService() {
    assertThatThrownBy(() -> metOffice("").forecast(DAY, NOW))
        .isInstanceOf(WeatherUnavailableException.class)
        .hasMessageContaining("no Met Office DataHub API key")
        .hasMessageContaining("CONVERGENCE_METOFFICE_API_KEY");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void metOfficeErrorNamesSourceUrlAndStatusButNotTheKey() {
    server.on("/sitespecific/v0/point/hourly", Response.status(401, RecordedServer.resource(RECORDED + "metoffice-401.json")));
    assertThatThrownBy(() -> metOffice("wrong-key-123").forecast(DAY, NOW))
        .isInstanceOf(WeatherUnavailableException.class)
        .hasMessageContaining("Met Office DataHub")
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("/sitespecific/v0/point/hourly?latitude=52.1051")
        .hasMessageNotContaining("wrong-key-123");
    assertThat(server.requests()).hasSize(1); // 401 is not retried
  }

  @Test
  void metOfficeEmptyTimeSeriesIsUnavailable() {
    server.on("/sitespecific/v0/point/hourly", Response.json(RecordedServer.resource(RECORDED + "metoffice-empty.json")));
    assertThatThrownBy(() -> metOffice("k").forecast(DAY, NOW))
        .isInstanceOf(WeatherUnavailableException.class).hasMessageContaining("empty timeSeries");
  }

  @Test
  void liveSourcesRefuseAPastAsOfTime() {
    assertThatThrownBy(() -> metOffice("k").forecast(DAY, NOW.minus(Duration.ofDays(3))))
        .isInstanceOf(WeatherUnavailableException.class).hasMessageContaining("live service");
    assertThatThrownBy(() -> openMeteo(10).forecast(DAY, NOW.minus(Duration.ofDays(3))))
        .isInstanceOf(WeatherUnavailableException.class).hasMessageContaining("live service");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void openMeteoForecastFromRecordedResponse() {
    server.on("/v1/forecast", Response.json(RecordedServer.resource(RECORDED + "open-meteo-forecast.json")));
    WeatherForecast f = openMeteo(10).forecast(DAY, NOW);

    RecordedServer.Request req = server.requests().get(0);
    assertThat(req.param("hourly")).isEqualTo("temperature_2m,wind_speed_10m,wind_speed_100m,shortwave_radiation,"
        + "direct_normal_irradiance,diffuse_radiation,cloud_cover,surface_pressure");
    assertThat(req.param("wind_speed_unit")).isEqualTo("ms");
    assertThat(req.param("timezone")).isEqualTo("GMT");
    assertThat(req.param("start_date")).isEqualTo("2022-02-15");
    assertThat(req.param("end_date")).isEqualTo("2022-02-16");

    assertThat(f.source()).isEqualTo("open-meteo");
    assertThat(f.issuedAt()).isEqualTo(NOW);
    assertThat(f.samples()).hasSize(48);
    WeatherSample first = f.samples().get(0); // [23:00, 23:30): temperature 8.7 at 23:00, 8.8 at 00:00
    assertThat(first.airTemperatureC()).isCloseTo(0.75 * 8.7 + 0.25 * 8.8, within(1e-12));
    assertThat(first.windSpeedMps()).isCloseTo(0.75 * 7.51 + 0.25 * 4.12, within(1e-12));
    assertThat(first.ghiWm2()).isZero();
    // 2022-02-16 12:00-13:00 UTC mean GHI 260 W/m2 (stamped 13:00) -> both half-hours get 260
    int noon = DAY.halfHours().indexOf(DAY.halfHours().stream()
        .filter(i -> i.start().equals(Instant.parse("2022-02-16T12:00:00Z"))).findFirst().orElseThrow());
    assertThat(f.samples().get(noon).ghiWm2()).isEqualTo(260);
    assertThat(f.samples().get(noon + 1).ghiWm2()).isEqualTo(260);
    assertThat(f.samples().get(noon).dniWm2()).isEqualTo(234);
    assertThat(f.samples().get(noon).dhiWm2()).isEqualTo(117);
    // hourly energy is kept: mean of the 48 half-hours equals the mean of the 24 hourly means of the day
    double halfHourMean = f.samples().stream().mapToDouble(WeatherSample::ghiWm2).average().orElseThrow();
    assertThat(halfHourMean).isCloseTo((45 + 117 + 189 + 241 + 260 + 241 + 189 + 117 + 45) / 24.0, within(1e-9));
    assertThat(f.samples()).allSatisfy(s -> {
      assertThat(s.cloudCoverPct()).isNotNaN();
      assertThat(s.pressureHpa()).isBetween(900.0, 1050.0);
    });
  }

  @Test
  void openMeteoCanCarryTheHundredMetreWind() {
    server.on("/v1/forecast", Response.json(RecordedServer.resource(RECORDED + "open-meteo-forecast.json")));
    WeatherForecast f = openMeteo(100).forecast(DAY, NOW);
    assertThat(f.windMeasurementHeightM()).isEqualTo(100);
    assertThat(f.samples().get(0).windSpeedMps()).isCloseTo(0.75 * 10.36 + 0.25 * 5.69, within(1e-9));
  }

  @Test
  void openMeteoErrorResponseCarriesItsReason() {
    server.on("/v1/forecast", Response.status(400, RecordedServer.resource(RECORDED + "open-meteo-400.json")));
    assertThatThrownBy(() -> openMeteo(10).forecast(DAY, NOW))
        .isInstanceOf(WeatherUnavailableException.class)
        .hasMessageContaining("Open-Meteo")
        .hasMessageContaining("HTTP 400")
        .hasMessageContaining("Cannot initialize WeatherVariable");
  }

  @Test
  void openMeteoEmptyResponseIsUnavailable() {
    server.on("/v1/forecast", Response.json(RecordedServer.resource(RECORDED + "open-meteo-empty.json")));
    assertThatThrownBy(() -> openMeteo(10).forecast(DAY, NOW))
        .isInstanceOf(WeatherUnavailableException.class).hasMessageContaining("no hourly times");
  }

  @Test
  void openMeteoServerErrorsAreRetriedThenReported() {
    server.on("/v1/forecast", Response.status(503, "{\"error\":true,\"reason\":\"overloaded\"}"));
    assertThatThrownBy(() -> openMeteo(10).forecast(DAY, NOW))
        .hasMessageContaining("HTTP 503").hasMessageContaining("attempt 2 of 2");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void openMeteoNullValuesBecomeGaps() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode root =
        mapper.readTree(RecordedServer.resource(RECORDED + "open-meteo-forecast.json"));
    // null out 2022-02-16T00:00 (index 24) of temperature_2m
    ((com.fasterxml.jackson.databind.node.ArrayNode) root.path("hourly").path("temperature_2m")).set(24,
        com.fasterxml.jackson.databind.node.NullNode.getInstance());
    server.on("/v1/forecast", Response.json(mapper.writeValueAsString(root)));
    List<WeatherSample> s = openMeteo(10).forecast(DAY, NOW).samples();
    // every half-hour whose midpoint lies between 23:00 and 01:00 needs the 00:00 value
    assertThat(s.subList(0, 4)).allSatisfy(x -> assertThat(x.airTemperatureC()).isNaN());
    assertThat(s.get(4).airTemperatureC()).isCloseTo(0.75 * 9.6 + 0.25 * 10.5, within(1e-12));
    assertThat(s.get(0).windSpeedMps()).isNotNaN();
  }
}
