package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.convergence.core.carbon.CarbonIntensity;
import org.convergence.core.dashboard.InMemoryDashboardPublisher;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.market.GridConnection;
import org.convergence.core.run.DailyRun;
import org.convergence.core.run.ForecastErrors;
import org.convergence.core.run.RunReport;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.store.InMemoryStore;
import org.convergence.core.strategy.HedgeStrategy;
import org.convergence.core.testkit.FakeExchange;
import org.convergence.core.testkit.SyntheticSite;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** {@code run}'s exit code for the reports of real daily runs: an unverified trade is never exit 0. */
class RunExitCodeTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 20);
  static final Instant NOW = DAY.gateClosure().minus(Duration.ofHours(2));
  final SyntheticSite site = SyntheticSite.of(DAY.minusDays(20), DAY.plusDays(2));

  private RunReport run(Exchange ex, org.convergence.core.dashboard.DashboardPublisher dashboard) {
    return DailyRun.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).weather(site.chain()).energy(site)
        .forecaster(site).history(site).exchange(ex, "fake").grid(new GridConnection(1, 1))
        .strategy(new HedgeStrategy()).forecastErrors(ForecastErrors.recomputed(site, site, site, 14))
        .carbon(i -> DAY.halfHours().stream().map(h -> new CarbonIntensity(h, 200, Double.NaN, "")).toList())
        .store(new InMemoryStore(), r -> "{}")
        .dashboard(dashboard, "test site", new GeoLocation(52.1051, -3.668, 250)).build().run(DAY);
  }

  private record Exit(ExitCode code, String err) {}

  private static Exit exit(RunReport r, boolean strict) {
    StringWriter err = new StringWriter();
    ExitCode code = RunCommand.exitCode(r, strict, new PrintWriter(err, true));
    return new Exit(code, err.toString());
  }

  @Test
  void aVerifiedTradeExitsZero() {
    RunReport r = run(new FakeExchange(Clock.fixed(NOW, ZoneOffset.UTC)), new InMemoryDashboardPublisher("s"));
    assertThat(exit(r, false).code()).isEqualTo(ExitCode.DONE);
    assertThat(exit(r, true).code()).isEqualTo(ExitCode.DONE);
  }

  @Test
  void anExchangeThatRejectsAllOrdersExitsNotVerifiedWithOrWithoutStrict() {
    RunReport r = run(new FakeExchange(Clock.fixed(DAY.gateClosure(), ZoneOffset.UTC)),
        new InMemoryDashboardPublisher("s"));
    for (boolean strict : new boolean[] {false, true}) {
      Exit e = exit(r, strict);
      assertThat(e.code()).isEqualTo(ExitCode.NOT_VERIFIED);
      assertThat(e.code().code()).isEqualTo(4);
      assertThat(e.err()).startsWith("error: traded but not verified: the exchange holds 0 orders for 2022-03-20, 24 planned");
    }
  }

  @Test
  void aPublishingFailureAfterAGoodTradeExitsFailedSayingTheOrdersStand() {
    RunReport r = run(new FakeExchange(Clock.fixed(NOW, ZoneOffset.UTC)),
        new org.convergence.core.dashboard.DashboardPublisher() {
          @Override
          public void publish(org.convergence.core.dashboard.DashboardDay day) {
            throw new java.io.UncheckedIOException(new java.io.IOException("Read-only file system"));
          }

          @Override
          public void publishFailedRun(org.convergence.core.dashboard.FailedRun failure) {
            throw new java.io.UncheckedIOException(new java.io.IOException("Read-only file system"));
          }

          @Override
          public void publishBacktest(org.convergence.core.dashboard.DashboardBacktest backtest) {
            throw new java.io.UncheckedIOException(new java.io.IOException("Read-only file system"));
          }

          @Override
          public org.convergence.core.dashboard.DashboardIndex index() {
            return org.convergence.core.dashboard.DashboardIndex.empty("s");
          }
        });
    Exit e = exit(r, false);
    assertThat(e.code()).isEqualTo(ExitCode.FAILED);
    assertThat(e.err().lines()).containsExactly(
        "error: publishing the dashboard failed: UncheckedIOException: java.io.IOException: Read-only file system",
        "error: the orders for 2022-03-20 stand at the exchange as the report shows; the run failed afterwards");
    StringWriter text = new StringWriter();
    RunReportText.print(r, new PrintWriter(text, true));
    assertThat(text.toString()).contains("plan verified").contains("Error         publishing the dashboard failed");
  }
}
