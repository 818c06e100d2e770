package org.convergence.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.GridConnection;
import org.convergence.core.price.EmpiricalSpreadForecaster;
import org.convergence.core.strategy.EvStrategy;
import org.convergence.core.strategy.HedgeStrategy;
import org.convergence.core.strategy.RiskBudget;
import org.convergence.core.testkit.FakeExchange;
import org.convergence.core.testkit.SyntheticSite;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** The daily run hands the spread forecast and the realised value added to the strategy and reports its reasons. */
class DailyRunSpreadTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 20);
  final SyntheticSite site = SyntheticSite.of(DAY.minusDays(20), DAY.plusDays(2));

  @Test
  void theEvStrategyGetsTheSpreadForecastAndItsRealisedValueAddedAndTheReportShowsEachHoursReasons() {
    Instant now = DAY.gateClosure().minus(Duration.ofMinutes(30));
    List<String> asked = new ArrayList<>();
    DailyRun run = DailyRun.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).weather(site.chain()).energy(site)
        .forecaster(site).history(site).exchange(new FakeExchange(Clock.fixed(now, ZoneOffset.UTC)), "fake")
        .grid(new GridConnection(1, 1)).strategy(new EvStrategy(RiskBudget.defaults()))
        .spreadForecaster(new EmpiricalSpreadForecaster(7))
        .realisedValueAdded((name, day, asOf) -> {
          asked.add(name + " " + day + " " + asOf);
          return List.of(10.0, -5.0);
        }).build();
    RunReport r = run.run(DAY);
    assertThat(asked).containsExactly("ev " + DAY + " " + now);
    assertThat(r.decisions()).hasSize(24);
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
  void otherStrategiesReportNoDecisions() {
    Instant now = DAY.gateClosure().minus(Duration.ofMinutes(30));
    RunReport r = DailyRun.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).weather(site.chain()).energy(site)
        .forecaster(site).history(site).exchange(new FakeExchange(Clock.fixed(now, ZoneOffset.UTC)), "fake")
        .grid(new GridConnection(1, 1)).strategy(new HedgeStrategy()).build().run(DAY);
    assertThat(r.decisions()).isEmpty();
    assertThat(r.sources()).extracting(SourceUse::role).doesNotContain("spread");
  }
}
