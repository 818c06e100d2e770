package org.convergence.model.spread;

import static org.assertj.core.api.Assertions.assertThat;

import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.price.SpreadForecasterContract;
import org.convergence.core.time.MarketDay;
import org.convergence.core.market.GridConnection;
import org.convergence.core.strategy.BiddingContext;
import org.convergence.core.strategy.EvStrategy;
import org.convergence.core.strategy.NetUncertainty;
import org.convergence.core.strategy.RiskBudget;
import org.convergence.core.strategy.SpreadEstimate;
import org.convergence.core.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ModelSpreadForecasterTest extends SpreadForecasterContract {
  /** A small calibration so the contract runs quickly; the recipe is the same as the default's. */
  static final SpreadHyper SMALL = new SpreadHyper("gbm", 70, 7, 28, 0.02, "huber", 30, 3, 8, 20, 0.1, 0.7, 1.0);

  @Override
  protected SpreadForecaster newForecaster() {
    return new ModelSpreadForecaster(SMALL);
  }

  @Override
  protected int historyDays() {
    return 110;
  }

  @Test
  void calibratesOnTheWindowBeforeItsWeeklyAnchorRatherThanFallingBack() {
    ModelSpreadForecaster f = new ModelSpreadForecaster(SMALL);
    SpreadForecast fc = f.forecast(DAY, history(0), asOf());
    MarketDay anchor = f.anchor(DAY);
    assertThat(anchor.compareTo(DAY)).isLessThanOrEqualTo(0);
    assertThat(DAY.date().toEpochDay() - anchor.date().toEpochDay()).isLessThan(7);
    assertThat(anchor.date().toEpochDay() % 7).isZero();
    assertThat(fc.modelId()).contains("@" + anchor).doesNotContain("fallback");
    assertThat(fc.scenarioCount()).isEqualTo(28);
    var p = f.calibration(DAY, history(0), asOf()).provenance();
    assertThat(p.trainTo()).isBefore(anchor.date());
    assertThat(p.forecastFrom()).isEqualTo(anchor.date());
    assertThat(p.features()).contains("p_rel2", "s_d1_mean_rel");
  }

  @Test
  void daysOfOneWeekShareTheirCalibration() {
    ModelSpreadForecaster f = new ModelSpreadForecaster(SMALL);
    MarketDay anchor = f.anchor(DAY);
    MarketDay nextDay = anchor.next();
    InMemoryPriceHistory h = history(0);
    SpreadForecast a = f.forecast(anchor, h, anchor.gateClosure().minusSeconds(1800));
    SpreadForecast b = f.forecast(nextDay, h, nextDay.gateClosure().minusSeconds(1800));
    assertThat(b.modelId()).isEqualTo(a.modelId());
  }

  @Test
  void tooLittleHistoryFallsBackToTheEmpiricalForecasterUnderItsOwnId() {
    SpreadForecast fc = newForecaster().forecast(DAY, InMemoryPriceHistory.empty(), asOf());
    assertThat(fc.modelId()).startsWith(newForecaster().id() + "/fallback-empirical");
  }

  @Test
  void twoIndependentFitsGiveIdenticalEvOrders() {
    for (SpreadHyper h : new SpreadHyper[] {SMALL, SMALL.withRegressor("lasso")}) {
      SpreadForecast a = new ModelSpreadForecaster(h).forecast(DAY, history(0), asOf());
      SpreadForecast b = new ModelSpreadForecaster(h).forecast(DAY, history(0), asOf());
      BiddingContext ca = new BiddingContext(DAY, Fixtures.energy(DAY, x -> 0), Fixtures.prices(DAY, x -> 100),
          new GridConnection(1, 1), SpreadEstimate.none(), NetUncertainty.none()).withSpreadForecast(a);
      BiddingContext cb = ca.withSpreadForecast(b);
      EvStrategy ev = new EvStrategy(RiskBudget.defaults(), true);
      assertThat(ev.orders(cb)).isEqualTo(ev.orders(ca));
      assertThat(ev.orders(ca).size()).isPositive();
    }
  }

  @Test
  void theModelIsScaleFreeDoublingEveryPriceDoublesEveryScenario() {
    InMemoryPriceHistory h = history(0);
    InMemoryPriceHistory doubled = InMemoryPriceHistory.of(
        h.clearingPrices(DAY.minusDays(400), DAY.plusDays(3)).stream().map(ModelSpreadForecasterTest::twice).toList(),
        h.imbalancePrices(DAY.minusDays(400), DAY.plusDays(3)).stream().map(ModelSpreadForecasterTest::twice).toList());
    SpreadForecast a = newForecaster().forecast(DAY, h, asOf());
    SpreadForecast b = newForecaster().forecast(DAY, doubled, asOf());
    assertThat(a.modelId()).doesNotContain("fallback");
    for (int i = 0; i < 24; i++) {
      for (int k = 0; k < a.scenarioCount(); k++) {
        assertThat(b.hours().get(i).spreadGbpPerMWh(k))
            .isCloseTo(2 * a.hours().get(i).spreadGbpPerMWh(k), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(b.hours().get(i).clearingGbpPerMWh(k))
            .isCloseTo(2 * a.hours().get(i).clearingGbpPerMWh(k), org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }

  private static org.convergence.core.market.HourPrice twice(org.convergence.core.market.HourPrice p) {
    return new org.convergence.core.market.HourPrice(p.day(), p.hour(), 2 * p.priceGbpPerMWh());
  }
}
