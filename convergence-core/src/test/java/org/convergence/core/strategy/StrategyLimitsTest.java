package org.convergence.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.MarketRules;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.testkit.Fixtures;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** Every strategy, on many random days, keeps to the grid cap and the market's price limits. */
class StrategyLimitsTest {
  @Test
  void everyStrategyKeepsVolumesWithinTheGridAndLimitsWithinThePriceRange() {
    Random rnd = new Random(42);
    MarketDay day = MarketDay.of(2022, 4, 1);
    for (int trial = 0; trial < 200; trial++) {
      GridConnection grid = new GridConnection(0.1 + rnd.nextDouble(), 0.1 + rnd.nextDouble());
      double[] net = rnd.doubles(24, -3, 3).toArray();
      double[] price = rnd.doubles(24, -600, 3500).toArray();
      List<List<Double>> spreads = new ArrayList<>();
      for (int h = 0; h < 24; h++) {
        spreads.add(rnd.doubles(rnd.nextInt(30), -300, 300).boxed().toList());
      }
      List<Double> errors = rnd.doubles(rnd.nextInt(100), -2, 2).boxed().toList();
      BiddingContext c = new BiddingContext(day, Fixtures.energy(day, h -> net[h - 1]),
          Fixtures.prices(day, h -> price[h - 1]), grid, SpreadEstimate.ofSamples(spreads),
          NetUncertainty.ofErrors(errors));
      for (String name : Strategies.NAMES) {
        OrderSet set = Strategies.byName(name).orders(c);
        assertThat(set.day()).isEqualTo(day);
        for (Order o : set.orders()) {
          assertThat(o.volumeMWh()).as(name + " " + o).isLessThanOrEqualTo(grid.hourlyCapMWh(o.side()) + 1e-9)
              .isGreaterThan(0);
          assertThat(o.limitPriceGbpPerMWh()).as(name + " " + o)
              .isBetween(MarketRules.PRICE_FLOOR_GBP_PER_MWH, MarketRules.PRICE_CAP_GBP_PER_MWH);
        }
      }
    }
  }
}
