package org.convergence.core.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link SpreadForecaster} follows: 24 hours of joint finite scenarios under its own id, nothing
 * published after the as-of time changes the forecast (prices of hours that end within
 * {@link SpreadForecaster#PUBLICATION_LAG} of it included), and two independent instances give identical forecasts.
 * An implementation's test extends this class and says how to make a fresh forecaster. Shipped in core's test-jar.
 */
public abstract class SpreadForecasterContract {
  /** The forecast day; the synthetic history covers {@link #historyDays()} days before it and 3 after. */
  protected static final MarketDay DAY = MarketDay.of(2021, 9, 15);

  /** A fresh forecaster, as a new process would build it. */
  protected abstract SpreadForecaster newForecaster();

  /** Days of synthetic history before {@link #DAY} (enough for the implementation's calibration window). */
  protected int historyDays() {
    return 120;
  }

  /** The run's as-of time: half an hour before the gate, as the daily run does. */
  protected static Instant asOf() {
    return DAY.gateClosure().minusSeconds(1800);
  }

  /**
   * Synthetic GB-like prices: a daily shape, a slow level drift and noise; the imbalance price swings around the
   * clearing price more in expensive hours. {@code afterCutoff} replaces every price that is unpublished at
   * {@link #asOf()} (a look-ahead probe).
   */
  protected InMemoryPriceHistory history(double afterCutoff) {
    SplittableRandom rnd = new SplittableRandom(42);
    List<HourPrice> p = new ArrayList<>();
    List<HourPrice> i = new ArrayList<>();
    for (MarketDay d = DAY.minusDays(historyDays()); d.compareTo(DAY.plusDays(3)) <= 0; d = d.next()) {
      double level = 100 + 40 * Math.sin(d.date().toEpochDay() / 30.0);
      for (HourId h : HourId.all()) {
        double shape = 20 * Math.sin((h.value() - 6) * Math.PI / 12);
        double clearing = level + shape + 10 * rnd.nextGaussian();
        double imbalance = clearing + 0.2 * shape + (15 + 0.1 * level) * rnd.nextGaussian();
        boolean published = SpreadForecaster.isPublished(d.hour(h).end(), asOf());
        p.add(new HourPrice(d, h, published ? clearing : afterCutoff));
        i.add(new HourPrice(d, h, published ? imbalance : -afterCutoff));
      }
    }
    return InMemoryPriceHistory.of(p, i);
  }

  @Test
  void forecastsTwentyFourHoursOfJointFiniteScenariosUnderItsId() {
    SpreadForecaster f = newForecaster();
    SpreadForecast fc = f.forecast(DAY, history(0), asOf());
    assertThat(fc.day()).isEqualTo(DAY);
    assertThat(fc.modelId()).startsWith(f.id());
    assertThat(fc.hours()).hasSize(24);
    for (HourSpreadForecast h : fc.hours()) {
      assertThat(h.scenarioCount()).isEqualTo(fc.scenarioCount()).isPositive();
      assertThat(h.spreadQuantile(0.1)).isLessThanOrEqualTo(h.spreadQuantile(0.9));
      assertThat(Math.abs(h.meanClearingGbpPerMWh())).isLessThan(1000);
    }
  }

  @Test
  void nothingPublishedAfterTheAsOfTimeChangesTheForecast() {
    SpreadForecast honest = newForecaster().forecast(DAY, history(0), asOf());
    SpreadForecast probed = newForecaster().forecast(DAY, history(5000), asOf());
    assertThat(probed.hours()).isEqualTo(honest.hours());
  }

  @Test
  void twoIndependentInstancesGiveIdenticalForecasts() {
    SpreadForecast a = newForecaster().forecast(DAY, history(0), asOf());
    SpreadForecast b = newForecaster().forecast(DAY, history(0), asOf());
    assertThat(b).isEqualTo(a);
  }
}
