package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convergence.connectors.exchange.AimlacExchangeServer;
import org.convergence.connectors.exchange.RecordedSiteReadings;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.settings.SettingsLoader;
import org.convergence.core.backtest.BacktestResult;
import org.convergence.core.backtest.DailyPnl;
import org.convergence.core.backtest.Backtest;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.market.SettledHour;
import org.convergence.core.store.SettlementRecord;
import org.convergence.core.store.SettlementStatus;
import org.convergence.core.strategy.Strategies;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.SettableClock;
import org.convergence.persistence.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance (issue 14): the daemon, wired as {@code ./convergence daemon} wires it, against the local exchange (the
 * in-process HTTP server of {@code ./convergence exchange}, on the bundled GB prices and site readings) over three
 * market days, on a clock that the daemon's sleeps move forward, so four days pass in seconds. The exchange is made
 * to fail the first submission of the second day. Three days are submitted before their gates and settled after
 * their delivery, with the backtest's P&amp;L; the dashboard shows them settled; the failure is the one alert.
 */
class DaemonAcceptanceTest {
  static final MarketDay FIRST = MarketDay.of(2022, 4, 27);
  static final List<MarketDay> DAYS = List.of(FIRST, FIRST.next(), FIRST.plusDays(2));
  static final MarketDay FAILING = FIRST.next();
  static final Instant START = Instant.parse("2022-04-26T08:00:00Z");
  /** After the third day's delivery (04-29 23:00Z) plus settle_after_minutes. */
  static final Instant END = Instant.parse("2022-04-30T01:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void threeMarketDaysRunAndSettleUnattendedWithTheBacktestsPnlAndOneAlertForTheFailure() throws IOException {
    SettableClock clock = new SettableClock(START);
    SimulatedExchange exchange = new SimulatedExchange(clock, GbPriceFiles.bundled(),
        List.of(RunCommandAlertsTest.KEY));
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    ConvergenceSettings s;
    try (AimlacExchangeServer server = AimlacExchangeServer.start(exchange, RecordedSiteReadings.bundled(),
            "127.0.0.1", 0);
        ExchangeProxy proxy = new ExchangeProxy(URI.create("http://127.0.0.1:" + server.port()));
        LoopbackWebhook webhook = new LoopbackWebhook()) {
      proxy.failSubmissionsOf(FAILING.toString(), 1);
      String yaml = RunCommandAlertsTest.liveSettings(dir, proxy.uri(), webhook.url())
          .replace("health_file: ./data/daemon-health.json", "health_file: " + dir.resolve("health.json"))
          // site.correction off on both sides: live mode learns it from readings imported into the store (none
          // here; the exchange's meter gives hourly nets only), the backtest from the bundled readings
          .replace("wind_speed_half_life_days: 0.5 ", "wind_speed_half_life_days: 0   ")
          .replace("solar_half_life_days: 1 ", "solar_half_life_days: 0 ");
      Path file = Files.writeString(dir.resolve("settings.yaml"), yaml);
      s = SettingsLoader.withEnvironment(Map.of()).load(file);

      try (DaemonWiring.Wired daemon = DaemonWiring.wire(s, clock, until -> {
        if (until.isAfter(clock.instant())) {
          clock.set(until);
        }
      }, log::add, RunCommandAlertsTest.LOCAL)) {
        daemon.loop().run(Optional.of(END));

        JdbcStore store = daemon.store();
        for (MarketDay d : DAYS) {
          assertThat(store.submission(d)).as("submission of %s", d).isPresent();
          assertThat(store.submission(d).get().submittedAt()).as("submitted before the gate")
              .isBefore(d.gateClosure());
          assertThat(exchange.forKey(RunCommandAlertsTest.KEY).heldOrders(d)).as("held for %s", d).hasSize(24);
          SettlementRecord r = store.settlementRecord(d).orElseThrow();
          assertThat(r.status()).as("%s: %s", d, r.message()).isEqualTo(SettlementStatus.SETTLED);
          assertThat(r.checkedAt()).isAfterOrEqualTo(d.deliveryEnd());
        }

        // the backtest of the same days and strategy, at the same planning time
        Backtest backtest = LocalWiring.backtest(s, Optional.empty(), Optional.empty(), List.of()).backtest();
        BacktestResult expected = backtest.run(DAYS.get(0), DAYS.get(2),
            List.of(Strategies.byName(s.strategy().name())), Backtest.Progress.none());
        List<DailyPnl> daily = expected.strategy(s.strategy().name()).daily();
        assertThat(daily).extracting(DailyPnl::day).containsExactlyElementsOf(DAYS);
        for (DailyPnl b : daily) {
          double settled = store.settlementRecord(b.day()).orElseThrow().hours().stream()
              .mapToDouble(SettledHour::pnlGbp).sum();
          assertThat(settled).as("P&L of %s", b.day()).isCloseTo(b.pnlGbp(), within(0.005));
        }
      }

      // the dashboard shows them settled
      JsonNode index = JSON.readTree(dir.resolve("dashboard").resolve("index.json").toFile());
      for (MarketDay d : DAYS) {
        JsonNode entry = null;
        for (JsonNode e : index.get("days")) {
          if (e.get("marketDay").asText().equals(d.toString())) {
            entry = e;
          }
        }
        assertThat(entry).as("dashboard entry of %s", d).isNotNull();
        assertThat(entry.get("status").asText()).as("dashboard status of %s", d).isEqualTo("settled");
      }

      // one alert: the failed first attempt of the second day (the retry a minute later traded it)
      List<String> problems = webhook.texts.stream().filter(t -> !t.contains(": alive")).toList();
      assertThat(problems).singleElement().asString()
          .startsWith("Convergence (AIMLAC HQ, Llanwrtyd Wells): run failed for " + FAILING + ": ");
      assertThat(webhook.texts).anyMatch(t -> t.contains(": alive"));
    }

    assertThat(log).anyMatch(l -> l.startsWith("2022-04-27T08:30:00Z run " + FAILING + " (attempt 1) failed: "));
    assertThat(log).anyMatch(l -> l.startsWith("2022-04-27T08:31:00Z run " + FAILING + " (attempt 2): SUBMITTED"));
    assertThat(log).anyMatch(l -> l.startsWith("2022-04-30T00:30:00Z settled " + DAYS.get(2) + ": P&L "));
    assertThat(log).noneMatch(l -> l.contains("gate missed"));
    JsonNode health = JSON.readTree(dir.resolve("health.json").toFile());
    assertThat(health.get("status").asText()).isEqualTo("running");
    assertThat(Instant.parse(health.get("stale_after").asText())).isAfter(Instant.parse(
        health.get("updated_at").asText()));
  }
}
