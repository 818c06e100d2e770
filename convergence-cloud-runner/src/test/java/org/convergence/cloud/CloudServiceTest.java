package org.convergence.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.contrib.nio.CloudStorageConfiguration;
import com.google.cloud.storage.contrib.nio.CloudStorageFileSystem;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.convergence.cloud.auth.RefusingAuthenticator;
import org.convergence.cloud.auth.StaticTokenAuthenticator;
import org.convergence.cloud.auth.UpdateAuthenticator;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service over HTTP on loopback, with a recording daily update. */
class CloudServiceTest {
  static final String TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T07:00:00Z"), ZoneOffset.UTC);

  final HttpClient http = HttpClient.newHttpClient();
  final List<MarketDay> runs = Collections.synchronizedList(new ArrayList<>());
  final Path dashboard = CloudStorageFileSystem.forBucket("convergence-web", CloudStorageConfiguration.DEFAULT,
      LocalStorageHelper.getOptions()).getPath("/dashboard/data");
  Javalin app;

  final DailyUpdate recording = day -> {
    runs.add(day);
    return new UpdateOutcome(day, true, "{\"market_day\":\"" + day + "\"}");
  };

  final List<Optional<MarketDay>> settles = Collections.synchronizedList(new ArrayList<>());
  final DailySettle recordingSettle = day -> {
    settles.add(day);
    return new DailySettle.SettleResponse(true, "[{\"market_day\":\"" + day.map(Object::toString).orElse("all")
        + "\",\"status\":\"SETTLED\"}]");
  };

  int start(UpdateAuthenticator auth, DailyUpdate update) {
    return start(auth, update, recordingSettle);
  }

  int start(UpdateAuthenticator auth, DailyUpdate update, DailySettle settle) {
    app = new CloudService(auth, update, settle, Optional.of(dashboard), CLOCK).start("127.0.0.1", 0);
    return app.port();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder post(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .POST(HttpRequest.BodyPublishers.noBody());
  }

  @Test
  void healthAnswersWithoutRunningAnything() throws Exception {
    int port = start(new StaticTokenAuthenticator(TOKEN), recording);
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("ok");
    assertThat(runs).isEmpty();
  }

  @Test
  void updateWithoutOrWithAWrongTokenIsRefused() throws Exception {
    int port = start(new StaticTokenAuthenticator(TOKEN), recording);
    HttpResponse<String> none = send(post(port, "/update"));
    HttpResponse<String> wrong = send(post(port, "/update").header("Authorization", "Bearer " + TOKEN + "0"));
    HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/update"))
        .header("Authorization", "Bearer " + TOKEN));
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("wrong bearer token").doesNotContain(TOKEN);
    assertThat(get.statusCode()).isNotEqualTo(200);
    assertThat(runs).isEmpty();
  }

  @Test
  void updateIsRefusedWhenNoAuthenticationIsConfigured() throws Exception {
    int port = start(new RefusingAuthenticator(), recording);
    HttpResponse<String> r = send(post(port, "/update").header("Authorization", "Bearer " + TOKEN));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("CONVERGENCE_OIDC_AUDIENCE").contains("CONVERGENCE_UPDATE_TOKEN");
    assertThat(runs).isEmpty();
  }

  @Test
  void updateRunsTheNextBiddableDayOrTheGivenOne() throws Exception {
    int port = start(new StaticTokenAuthenticator(TOKEN), recording);
    HttpResponse<String> r = send(post(port, "/update").header("Authorization", "Bearer " + TOKEN));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
    // 07:00Z on 26 November: the gate for 27 November is still open
    assertThat(r.body()).isEqualTo("{\"market_day\":\"2026-11-27\"}");

    assertThat(send(post(port, "/update?date=2026-12-01").header("Authorization", "Bearer " + TOKEN)).statusCode())
        .isEqualTo(200);
    HttpResponse<String> bad = send(post(port, "/update?date=01/12/2026").header("Authorization", "Bearer " + TOKEN));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("YYYY-MM-DD");
    assertThat(runs).containsExactly(MarketDay.of(2026, 11, 27), MarketDay.of(2026, 12, 1));
  }

  @Test
  void aFailedRunAnswers500SoSchedulerRetries() throws Exception {
    int port = start(new StaticTokenAuthenticator(TOKEN), day -> {
      throw new IllegalStateException("exchange unreachable");
    });
    HttpResponse<String> r = send(post(port, "/update").header("Authorization", "Bearer " + TOKEN));
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).contains("exchange unreachable").contains("2026-11-27");

    int port2 = start(new StaticTokenAuthenticator(TOKEN),
        day -> new UpdateOutcome(day, false, "{\"status\":\"FAILED\"}"));
    assertThat(send(post(port2, "/update").header("Authorization", "Bearer " + TOKEN)).statusCode()).isEqualTo(500);
  }

  @Test
  void servesDashboardDataFromTheBucket() throws Exception {
    Files.writeString(dashboard.resolve("index.json"), "{\"days\":[\"2026-11-27\"]}");
    int port = start(new RefusingAuthenticator(), recording);
    HttpResponse<String> index = send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/data/index.json")));
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).isEqualTo("{\"days\":[\"2026-11-27\"]}");
    assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/data/2020-01-01.json")))
        .statusCode()).isEqualTo(404);
    assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/data/..%2Fsecret.json")))
        .statusCode()).isEqualTo(404);
  }

  @Test
  void servesTheDashboardPageAndItsScripts() throws Exception {
    int port = start(new RefusingAuthenticator(), recording);
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Convergence dashboard</title>");
    HttpResponse<String> script = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/js/app.js")));
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("data/index.json");
  }

  @Test
  void settleIsAuthenticatedLikeUpdateAndSettlesADayOrAllPending() throws Exception {
    int port = start(new StaticTokenAuthenticator(TOKEN), recording);
    assertThat(send(post(port, "/settle")).statusCode()).isEqualTo(401);
    assertThat(send(post(port, "/settle").header("Authorization", "Bearer wrong")).statusCode()).isEqualTo(401);
    assertThat(settles).isEmpty();

    HttpResponse<String> all = send(post(port, "/settle").header("Authorization", "Bearer " + TOKEN));
    HttpResponse<String> one = send(post(port, "/settle?date=2026-11-25").header("Authorization", "Bearer " + TOKEN));
    HttpResponse<String> bad = send(post(port, "/settle?date=25/11").header("Authorization", "Bearer " + TOKEN));
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains("\"market_day\":\"all\"");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(settles).containsExactly(Optional.empty(), Optional.of(MarketDay.of(2026, 11, 25)));
    assertThat(runs).isEmpty();
  }

  @Test
  void aDayLockedElsewhereAnswersConflictAndAFailedSettlement500() throws Exception {
    MarketDay day = MarketDay.of(2026, 11, 27);
    DailyUpdate locked = d -> {
      throw new org.convergence.core.store.DayLockedException(d, "run", Optional.empty());
    };
    DailySettle failing = d -> new DailySettle.SettleResponse(false, "{\"error\":\"no meter source\"}");
    int port = start(new StaticTokenAuthenticator(TOKEN), locked, failing);
    HttpResponse<String> update = send(post(port, "/update").header("Authorization", "Bearer " + TOKEN));
    assertThat(update.statusCode()).isEqualTo(409);
    assertThat(update.body()).contains("the run of " + day + " is already in progress elsewhere");
    HttpResponse<String> settle = send(post(port, "/settle").header("Authorization", "Bearer " + TOKEN));
    assertThat(settle.statusCode()).isEqualTo(500);
    assertThat(settle.body()).contains("no meter source");
  }
}
