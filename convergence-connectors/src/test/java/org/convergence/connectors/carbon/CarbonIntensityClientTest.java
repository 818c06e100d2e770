package org.convergence.connectors.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.http.RecordedServer;
import org.convergence.connectors.http.RecordedServer.Response;
import org.convergence.connectors.http.SourceException;
import org.convergence.core.carbon.CarbonIntensity;
import org.convergence.core.carbon.CarbonSavings;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.time.Interval;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CarbonIntensityClientTest {
  private static final String RECORDED = "/org/convergence/connectors/recorded/";
  private static final Instant T0 = Instant.parse("2018-01-20T12:00:00Z");
  private final RecordedServer server = RecordedServer.start();
  private final CarbonIntensityClient client = new CarbonIntensityClient(server.baseUri(),
      HttpOptions.DEFAULT.withMaxAttempts(2).withBackoff(Duration.ZERO, Duration.ZERO));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void halfHourlyIntensityForAnInterval() {
    server.on("/intensity/2018-01-20T12:00Z/2018-01-20T14:00Z",
        Response.json(RecordedServer.resource(RECORDED + "carbon-intensity-2018-01-20.json")));
    List<CarbonIntensity> ci = client.intensity(Interval.of(T0, Duration.ofHours(2)));
    // the half-hour ending at 12:00 that the API adds is outside the interval and dropped
    assertThat(ci).hasSize(4);
    assertThat(ci.get(0).interval()).isEqualTo(Interval.of(T0, Duration.ofMinutes(30)));
    assertThat(ci.get(0).forecastGPerKWh()).isEqualTo(266);
    assertThat(ci.get(0).actualGPerKWh()).isEqualTo(263);
    assertThat(ci.get(0).index()).isEqualTo("moderate");
    assertThat(ci.get(3).actualGPerKWh()).isNaN();
    assertThat(ci.get(3).bestGPerKWh()).isEqualTo(248);

    // carbon saved: 100 kWh in each half-hour
    List<EnergyInterval> energy = ci.stream().map(c -> new EnergyInterval(c.interval(), 80, 20, 300)).toList();
    assertThat(CarbonSavings.of(energy, ci).savedKgCo2())
        .isCloseTo(100 * (263 + 270 + 258 + 248) / 1000.0, within(1e-9));
  }

  @Test
  void longIntervalsAreFetchedInFourteenDayChunks() {
    server.otherwise(r -> Response.json(RecordedServer.resource(RECORDED + "carbon-intensity-empty.json")));
    assertThat(client.intensity(Interval.of(T0, Duration.ofDays(30)))).isEmpty();
    assertThat(server.requests()).extracting(RecordedServer.Request::path).containsExactly(
        "/intensity/2018-01-20T12:00Z/2018-02-03T12:00Z",
        "/intensity/2018-02-03T12:00Z/2018-02-17T12:00Z",
        "/intensity/2018-02-17T12:00Z/2018-02-19T12:00Z");
  }

  @Test
  void errorResponseNamesSourceUrlStatusAndMessage() {
    server.otherwise(r -> Response.status(400, RecordedServer.resource(RECORDED + "carbon-intensity-400.json")));
    assertThatThrownBy(() -> client.intensity(Interval.of(T0, Duration.ofHours(1))))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageStartingWith("Carbon Intensity API: ")
        .hasMessageContaining("/intensity/2018-01-20T12:00Z/2018-01-20T13:00Z")
        .hasMessageContaining("valid ISO 8601 datetime");
  }
}
