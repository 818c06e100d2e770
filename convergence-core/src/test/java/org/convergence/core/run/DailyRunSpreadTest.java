package org.convergence.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.convergence.core.market.GridConnection;
import org.convergence.core.price.EmpiricalSpreadForecaster;
import org.convergence.core.strategy.EvStrategy;
import org.convergence.core.strategy.HedgeStrategy;
import org.convergence.core.strategy.RiskBudget;
import org.convergence.core.strategy.TrackRecord;
import org.convergence.core.testkit.FakeExchange;
import org.convergence.core.testkit.SyntheticSite;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** The daily run hands the spread forecast and the track record to the strategy and reports its reasons. */
class DailyRunSpreadTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 20);
  final SyntheticSite site = SyntheticSite.of(DAY.minusDays(20), DAY.plusDays(2));

  @Test
  void theEvStrategyGetsTheSpreadForecastAndItsTrackRecordAndTheReportShowsEachHoursReasons() {
    Instant now = DAY.gateClosure().minus(Duration.ofMinutes(30));
    DailyRun run = evRun(now, TrackRecord.none());
    RunReport r = run.run(DAY);
    assertThat(r.decisions()).hasSize(24);
    assertThat(r.decisions()).anySatisfy(d -> assertThat(Math.abs(d.positionBeyondNetMWh())).isGreaterThan(0.5));
    assertThat(r.sources()).extracting(SourceUse::role).contains("spread");
    assertThat(r.timings()).extracting(StepTiming::step).contains("spread forecast");
    DayForecasts f = run.forecast(DAY, now);
    assertThat(f.spreadForecast().orElseThrow().modelId()).isEqualTo("empirical-7d");
    for (var d : r.decisions()) {
      assertThat(d.spreadQ10()).isLessThanOrEqualTo(d.spreadQ90());
      assertThat(d.order()).isEqualTo(r.orders().forHour(d.hour()));
    }
  }

  @Test
  void aTrackRecordInDrawdownStopsEvTakingPositions() {
    Instant now = DAY.gateClosure().minus(Duration.ofMinutes(30));
    TrackRecord fell = new TrackRecord(List.of(new TrackRecord.DailyValue(DAY.minusDays(4), 10_000),
        new TrackRecord.DailyValue(DAY.minusDays(3), -9_000), new TrackRecord.DailyValue(DAY.minusDays(2), -9_000)));
    RunReport r = evRun(now, fell).run(DAY);
    assertThat(r.decisions()).hasSize(24).allSatisfy(d -> assertThat(d.positionBeyondNetMWh()).isCloseTo(0, within(0.001)));
  }

  private DailyRun evRun(Instant now, TrackRecord record) {
    return DailyRun.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).weather(site.chain()).energy(site)
        .forecaster(site).history(site).exchange(new FakeExchange(Clock.fixed(now, ZoneOffset.UTC)), "fake")
        .grid(new GridConnection(1, 1)).strategy(new EvStrategy(RiskBudget.defaults()))
        .spreadForecaster(new EmpiricalSpreadForecaster(7)).trackRecord(record).build();
  }

  @Test
  void otherStrategiesReportNoDecisions() {
    Instant now = DAY.gateClosure().minus(Duration.ofMinutes(30));
    RunReport r = DailyRun.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).weather(site.chain()).energy(site)
        .forecaster(site).history(site).exchange(new FakeExchange(Clock.fixed(now, ZoneOffset.UTC)), "fake")
        .grid(new GridConnection(1, 1)).strategy(new HedgeStrategy()).build().run(DAY);
    assertThat(r.decisions()).isEmpty();
    assertThat(r.sources()).extracting(SourceUse::role).doesNotContain("spread");
  }
}
