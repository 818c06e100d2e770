package org.convergence.core.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.junit.jupiter.api.Test;

class EmpiricalSpreadForecasterTest extends SpreadForecasterContract {
  @Override
  protected SpreadForecaster newForecaster() {
    return new EmpiricalSpreadForecaster(28);
  }

  @Test
  void scenariosAreTheLastCompletePublishedDays() {
    SpreadForecast f = newForecaster().forecast(DAY, history(0), asOf());
    assertThat(f.scenarioCount()).isEqualTo(28);
    // D-1 is not complete at the as-of time, so the newest scenario is D-2.
    InMemoryPriceHistory h = history(0);
    List<HourPrice> p = h.clearingPrices(DAY.minusDays(2), DAY.minusDays(2));
    List<HourPrice> i = h.imbalancePrices(DAY.minusDays(2), DAY.minusDays(2));
    HourSpreadForecast h5 = f.hour(HourId.of(5));
    assertThat(h5.clearingGbpPerMWh(0)).isEqualTo(p.get(4).priceGbpPerMWh());
    assertThat(h5.spreadGbpPerMWh(0)).isEqualTo(p.get(4).priceGbpPerMWh() - i.get(4).priceGbpPerMWh());
  }

  @Test
  void noHistoryGivesOneNeutralScenario() {
    SpreadForecast f = newForecaster().forecast(DAY, InMemoryPriceHistory.empty(), asOf());
    assertThat(f.scenarioCount()).isEqualTo(1);
    assertThat(f.hour(HourId.of(1)).meanSpreadGbpPerMWh()).isZero();
  }
}
