package org.convergence.model.spread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.PriceGrid;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** Causality of each new input: a feature row of day D reads nothing of D, nor of D-1 beyond its k published hours. */
class SpreadFeaturesTest {
  private static final MarketDay DAY = MarketDay.of(2021, 9, 15);
  private static final int K = 8;

  private static PriceGrid grid(double probe) {
    SplittableRandom rnd = new SplittableRandom(7);
    List<HourPrice> p = new ArrayList<>();
    List<HourPrice> i = new ArrayList<>();
    for (MarketDay d = DAY.minusDays(40); d.compareTo(DAY.plusDays(1)) <= 0; d = d.next()) {
      for (HourId h : HourId.all()) {
        boolean future = d.compareTo(DAY) >= 0 || (d.equals(DAY.previous()) && h.index() >= K);
        double clearing = 80 + 30 * rnd.nextDouble();
        double imbalance = clearing + 40 * rnd.nextGaussian();
        p.add(new HourPrice(d, h, future && probe != 0 ? probe : clearing));
        i.add(new HourPrice(d, h, future && probe != 0 ? -probe : imbalance));
      }
    }
    return PriceGrid.of(InMemoryPriceHistory.of(p, i), DAY.minusDays(40), DAY.plusDays(1), DAY.plusDays(3)
        .gateClosure());
  }

  @Test
  void aRowReadsNothingOfItsDayNorOfTheDayBeforeBeyondItsPublishedHours() {
    PriceGrid honest = grid(0);
    PriceGrid probed = grid(5000);
    int d = honest.indexOf(DAY);
    for (int h = 0; h < 24; h++) {
      double[] a = SpreadFeatures.row(honest, d, h, K, SpreadFeatures.spreadScale(honest, d));
      double[] b = SpreadFeatures.row(probed, d, h, K, SpreadFeatures.spreadScale(probed, d));
      assertThat(b).containsExactly(a);
      assertThat(SpreadFeatures.complete(a)).isTrue();
      assertThat(SpreadFeatures.priceLevel(probed, d, h)).isEqualTo(SpreadFeatures.priceLevel(honest, d, h));
    }
    // the probe does reach the row when D-1's unpublished hours are (wrongly) claimed published
    assertThat(SpreadFeatures.row(probed, d, 0, K + 1, SpreadFeatures.spreadScale(probed, d)))
        .isNotEqualTo(SpreadFeatures.row(honest, d, 0, K + 1, SpreadFeatures.spreadScale(honest, d)));
  }
}
