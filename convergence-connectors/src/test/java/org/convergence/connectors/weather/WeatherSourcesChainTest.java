package org.convergence.connectors.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.convergence.connectors.http.RecordedServer;
import org.convergence.connectors.http.RecordedServer.Response;
import org.convergence.connectors.settings.WeatherSettings;
import org.convergence.core.weather.SourceAttempt;
import org.convergence.core.weather.WeatherFallbackChain;
import org.convergence.core.weather.WeatherSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The chain settings.yaml describes, against recorded responses: the first source fails, the next serves. */
class WeatherSourcesChainTest {
  private final RecordedServer server = RecordedServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private WeatherFallbackChain chain(List<String> sources, String key) {
    WeatherSources.Endpoints endpoints = new WeatherSources.Endpoints(
        server.baseUri().resolve("/sitespecific/v0"), server.baseUri());
    return WeatherSources.chain(new WeatherSettings(sources, key, "", 10), LiveWeatherSourcesTest.SITE, endpoints,
        LiveWeatherSourcesTest.FAST, LiveWeatherSourcesTest.CLOCK);
  }

  @Test
  void metOfficeFailingThenOpenMeteoServing() {
    server.on("/sitespecific/v0/point/hourly", Response.status(500, "{\"message\":\"internal error\"}"));
    server.on("/v1/forecast", Response.json(RecordedServer.resource(LiveWeatherSourcesTest.RECORDED
        + "open-meteo-forecast.json")));
    WeatherSelection s = chain(List.of("metoffice", "open-meteo", "replay"), "secret-key")
        .select(LiveWeatherSourcesTest.DAY, LiveWeatherSourcesTest.NOW);
    assertThat(s.servedBy()).isEqualTo("open-meteo");
    assertThat(s.forecast().samples()).hasSize(48);
    SourceAttempt metOffice = s.skipped().get(0);
    assertThat(metOffice.source()).isEqualTo("metoffice");
    assertThat(metOffice.outcome()).isEqualTo(SourceAttempt.Outcome.UNAVAILABLE);
    assertThat(metOffice.reason()).contains("Met Office DataHub", "HTTP 500").doesNotContain("secret-key");
  }

  @Test
  void withoutAKeyTheMetOfficeIsSkippedAndTheRecordingServes() {
    WeatherSelection s = chain(List.of("metoffice", "replay"), "")
        .select(LiveWeatherSourcesTest.DAY, LiveWeatherSourcesTest.NOW);
    assertThat(s.servedBy()).isEqualTo("replay");
    assertThat(s.summary()).contains("metoffice: unavailable - no Met Office DataHub API key");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void openMeteoEmptyThenReplay() {
    server.on("/v1/forecast", Response.json(RecordedServer.resource(LiveWeatherSourcesTest.RECORDED
        + "open-meteo-empty.json")));
    WeatherSelection s = chain(List.of("open-meteo", "replay"), "")
        .select(LiveWeatherSourcesTest.DAY, LiveWeatherSourcesTest.NOW);
    assertThat(s.servedBy()).isEqualTo("replay");
    assertThat(s.skipped().get(0).reason()).contains("no hourly times");
  }

  @Test
  void openMeteoNeedsAHeightItPublishes() {
    assertThatThrownBy(() -> WeatherSources.chain(new WeatherSettings(List.of("open-meteo"), "", "", 30),
        LiveWeatherSourcesTest.SITE)).hasMessageContaining("must be 10 or 100");
  }
}
