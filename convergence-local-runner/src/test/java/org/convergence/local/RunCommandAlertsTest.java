package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.connectors.exchange.AimlacExchangeServer;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.connectors.carbon.RecordedCarbonIntensity;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.weather.WeatherSources;
import org.convergence.connectors.wiring.LiveRun;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.store.DayLocking;
import org.convergence.core.time.MarketDay;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code run} in live mode against the local exchange (behind a proxy that can be made to misbehave), alerting a
 * loopback webhook: exit codes, alerts, the webhook failing, and the per-day lock.
 */
class RunCommandAlertsTest {
  static final MarketDay DAY = MarketDay.of(2022, 4, 30);
  static final Instant AT = Instant.parse("2022-04-29T08:30:00Z");
  static final String KEY = "team-key";

  @TempDir Path dir;
  AimlacExchangeServer exchange;
  ExchangeProxy proxy;
  LoopbackWebhook webhook;

  @BeforeEach
  void start() throws IOException {
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), AT));
    exchange = AimlacExchangeServer.start(new SimulatedExchange(clock, GbPriceFiles.bundled(), List.of(KEY)),
        "127.0.0.1", 0);
    proxy = new ExchangeProxy(URI.create("http://127.0.0.1:" + exchange.port()));
    webhook = new LoopbackWebhook();
  }

  @AfterEach
  void stop() {
    webhook.close();
    proxy.close();
    exchange.close();
  }

  /** Live-mode settings: the proxy as exchange, the loopback webhook, database and dashboard in the test folder. */
  static String liveSettings(Path dir, URI exchangeUrl, String webhookUrl) throws IOException {
    return ShippedSettings.yaml(dir.resolve("db"), dir.resolve("dashboard"))
        .replace("mode: simulated", "mode: http")
        .replace("${CONVERGENCE_EXCHANGE_URL:-}", exchangeUrl.toString())
        .replace("${CONVERGENCE_EXCHANGE_KEY:-}", KEY)
        .replace("${CONVERGENCE_ALERT_WEBHOOK_URL:-}", webhookUrl);
  }

  /** Offline stand-ins for the live services: recorded carbon intensity, one exchange attempt (no waits). */
  static final LiveRun.Services LOCAL = new LiveRun.Services(WeatherSources.Endpoints.PUBLIC, HttpOptions.DEFAULT,
      RecordedCarbonIntensity.bundled(), new AimlacExchangeClient.Options(Duration.ofSeconds(2),
          Duration.ofSeconds(10), 1, Duration.ofMillis(1)));

  private CliResult run() throws IOException {
    Path settings = Files.writeString(dir.resolve("settings.yaml"), liveSettings(dir, proxy.uri(), webhook.url()));
    RunCommand command = new RunCommand();
    command.services = LOCAL;
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(new ConvergenceCli.Errors());
    return CliResult.of(cli, "--settings", settings.toString(), "--date", DAY.toString(), "--clock", AT.toString());
  }

  @Test
  void anExchangeHoldingFewerOrdersThanPlannedExitsFourAndAlerts() throws IOException {
    proxy.passOrders.set(20);
    CliResult r = run();
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.NOT_VERIFIED.code());
    assertThat(r.err()).contains("alert NOT_VERIFIED sent (webhook at http://127.0.0.1:")
        .contains("traded but not verified: the exchange holds 20 orders for 2022-04-30, 24 planned");
    assertThat(webhook.texts).hasSize(1);
    assertThat(webhook.texts.get(0)).startsWith("Convergence (AIMLAC HQ, Llanwrtyd Wells): exchange does not hold"
        + " the plan for 2022-04-30: 24 orders planned, the exchange holds 20");
    assertThat(r.out() + r.err()).doesNotContain("s3cret-webhook-path");
  }

  @Test
  void aFailingWebhookLosesNeitherTheRunsResultNorItsExitCode() throws IOException {
    proxy.passOrders.set(20);
    webhook.status.set(500);
    CliResult r = run();
    assertThat(r.exit()).isEqualTo(ExitCode.NOT_VERIFIED.code());
    assertThat(r.out()).contains("SUBMITTED");
    assertThat(r.err()).contains("alert NOT_VERIFIED not delivered (webhook at http://127.0.0.1:")
        .contains("answered HTTP 500");
    assertThat(r.out() + r.err()).doesNotContain("s3cret-webhook-path");
    try (JdbcStore store = Databases.open(DatabaseConfig.embedded(dir.resolve("db")))) {
      assertThat(store.heldOrders(DAY)).hasSize(20);
    }
  }

  @Test
  void aFailedRunExitsOneAndAlerts() throws IOException {
    proxy.failSubmissionsOf(DAY.toString(), 1);
    CliResult r = run();
    assertThat(r.exit()).isEqualTo(ExitCode.FAILED.code());
    assertThat(r.err()).contains("error: the run for 2022-04-30 failed:");
    assertThat(webhook.texts).singleElement().asString()
        .startsWith("Convergence (AIMLAC HQ, Llanwrtyd Wells): run failed for 2022-04-30: ");
  }

  @Test
  void aGoodRunAlertsNothingAndExitsZero() throws IOException {
    CliResult r = run();
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(webhook.texts).isEmpty();
  }

  @Test
  void aDayLockedByAnotherRunnerIsLeftAlone() throws IOException {
    try (JdbcStore store = Databases.open(DatabaseConfig.embedded(dir.resolve("db")))) {
      store.tryLock(DAY, DayLocking.RUN, "daemon pid 4711 on box", Instant.now(), Duration.ofMinutes(20));
    }
    CliResult r = run();
    assertThat(r.exit()).isEqualTo(ExitCode.FAILED.code());
    assertThat(r.err()).contains("error: the run of 2022-04-30 is already in progress elsewhere (daemon pid 4711"
        + " on box").contains("nothing was done");
    assertThat(webhook.texts).isEmpty();
  }
}
