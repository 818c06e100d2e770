package org.convergence.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import org.convergence.cloud.storage.BucketDashboardPublisher;
import org.convergence.cloud.storage.GcsLocation;
import org.convergence.connectors.report.RunReportJson;
import org.convergence.core.carbon.CarbonIntensity;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.store.InMemoryStore;
import org.convergence.cloud.auth.StaticTokenAuthenticator;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.GridConnection;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.ForecastErrors;
import org.convergence.core.strategy.HedgeStrategy;
import org.convergence.core.testkit.FakeExchange;
import org.convergence.core.testkit.SyntheticSite;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cloud Scheduler retries: two calls of {@code POST /update} for one market day leave one order set. */
class UpdateIdempotenceTest {
  static final String TOKEN = "5e8c0b1d2f3a4b5c6d7e8f9a0b1c2d3e";
  static final MarketDay DAY = MarketDay.of(2022, 3, 20);
  static final Instant NOW = DAY.gateClosure().minus(Duration.ofMinutes(90));

  final SyntheticSite site = SyntheticSite.of(DAY.minusDays(20), DAY.plusDays(2));
  final FakeExchange exchange = new FakeExchange(Clock.fixed(NOW, ZoneOffset.UTC));
  final InMemoryStore store = new InMemoryStore();
  final Storage storage = LocalStorageHelper.getOptions().getService();
  final BucketDashboardPublisher dashboard = new BucketDashboardPublisher(storage,
      new GcsLocation("convergence-web", "dashboard/data"), "test site");
  Javalin app;

  @AfterEach
  void stop() {
    app.stop();
  }

  HttpResponse<String> update(int port) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/update"))
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void twoCallsForOneDayGiveOneOrderSet() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    DailyRun run = DailyRun.builder().clock(clock).weather(site.chain()).energy(site).forecaster(site)
        .history(site).exchange(exchange, "fake").grid(new GridConnection(1, 1)).strategy(new HedgeStrategy())
        .forecastErrors(ForecastErrors.recomputed(site, site, site, 14))
        .carbon(i -> DAY.halfHours().stream().map(h -> new CarbonIntensity(h, 200, Double.NaN, "")).toList())
        .store(store, RunReportJson::toJson)
        .dashboard(dashboard, "test site", new GeoLocation(52.1051, -3.668, 250)).build();
    app = new CloudService(new StaticTokenAuthenticator(TOKEN), new DailyRunUpdate(run), Optional.empty(), clock)
        .start("127.0.0.1", 0);

    HttpResponse<String> first = update(app.port());
    HttpResponse<String> retry = update(app.port());

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(retry.statusCode()).isEqualTo(200);
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(first.body());
    JsonNode b = json.readTree(retry.body());
    assertThat(a.toString()).contains("2022-03-20").contains("SUBMITTED");
    assertThat(b.toString()).contains("UNCHANGED");
    assertThat(exchange.submissions).isEqualTo(1);
    List<HeldOrder> held = exchange.heldOrders(DAY);
    assertThat(held).hasSize(24);
    assertThat(held.stream().map(h -> h.order().hour()).distinct()).hasSize(24);
    assertThat(store.run(DAY)).isPresent();
    assertThat(store.heldOrders(DAY)).hasSize(24);
    // the dashboard went to the bucket
    assertThat(storage.get(BlobId.of("convergence-web", "dashboard/data/2022-03-20.json"))).isNotNull();
    assertThat(dashboard.index().days()).hasSize(1);
  }

  @Test
  void aPlanTheExchangeRejectedAnswers500SoCloudSchedulerRetries() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    // the exchange's gate has closed although ours says open: it accepts none of the 24 orders
    FakeExchange closed = new FakeExchange(Clock.fixed(DAY.gateClosure(), ZoneOffset.UTC));
    DailyRun run = DailyRun.builder().clock(clock).weather(site.chain()).energy(site).forecaster(site)
        .history(site).exchange(closed, "fake").grid(new GridConnection(1, 1)).strategy(new HedgeStrategy())
        .forecastErrors(ForecastErrors.recomputed(site, site, site, 14))
        .store(store, RunReportJson::toJson).build();
    app = new CloudService(new StaticTokenAuthenticator(TOKEN), new DailyRunUpdate(run), Optional.empty(), clock)
        .start("127.0.0.1", 0);

    HttpResponse<String> answer = update(app.port());

    assertThat(answer.statusCode()).isEqualTo(500);
    JsonNode report = new ObjectMapper().readTree(answer.body());
    assertThat(report.get("outcome").asText()).isEqualTo("SUBMITTED");
    assertThat(report.get("verified").asBoolean()).isFalse();
  }
}
