package org.convergence.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.Random;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.MarketRules;
import org.convergence.core.market.Order;
import org.convergence.core.market.Settlement;
import org.convergence.core.market.Side;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class PerfectForesightBoundTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 1);
  static final HourId HOUR = HourId.of(10);

  @Test
  void theBoundIsTheFullCapOnTheSpreadsSign() {
    GridConnection grid = new GridConnection(1.0, 0.5);
    // P > I: sell the 1 MW export cap
    assertThat(PerfectForesightBound.hourValueAddedGbp(100, 60, grid)).isEqualTo(40);
    // P < I: buy the 0.5 MW import cap
    assertThat(PerfectForesightBound.hourValueAddedGbp(60, 100, grid)).isEqualTo(20);
    assertThat(PerfectForesightBound.hourValueAddedGbp(70, 70, grid)).isZero();
    assertThat(PerfectForesightBound.hourPnlGbp(-0.2, 100, 60, grid)).isCloseTo(-0.2 * 60 + 40, within(1e-12));
  }

  @Test
  void aSideThatCannotFillUnderTheAimlacRuleAddsNothing() {
    GridConnection grid = new GridConnection(1.0, 1.0);
    // below the price floor no SELL can fill (its limit is at least -500), so P > I earns nothing
    assertThat(PerfectForesightBound.hourValueAddedGbp(-600, -900, grid)).isZero();
    // ... while a BUY still fills there
    assertThat(PerfectForesightBound.hourValueAddedGbp(-600, -100, grid)).isEqualTo(500);
    // above the price cap no BUY can fill
    assertThat(PerfectForesightBound.hourValueAddedGbp(3100, 4000, grid)).isZero();
  }

  /** Property: no order within the grid cap, at any limit, earns more than the bound; the best order reaches it. */
  @Test
  void noSingleOrderBeatsTheBoundOnRandomHours() {
    Random random = new Random(20210401L);
    for (int i = 0; i < 200_000; i++) {
      GridConnection grid = new GridConnection(0.1 + random.nextDouble() * 2, 0.1 + random.nextDouble() * 2);
      double p = -700 + random.nextDouble() * 4000;
      double imb = random.nextBoolean() ? p + random.nextGaussian() * 80 : -1000 + random.nextDouble() * 5000;
      double net = random.nextGaussian();
      Side side = random.nextBoolean() ? Side.SELL : Side.BUY;
      double volume = Math.max(0.001, Math.round(random.nextDouble() * grid.hourlyCapMWh(side) * 1000) / 1000.0);
      volume = Math.min(volume, Math.floor(grid.hourlyCapMWh(side) * 1000) / 1000.0);
      double limit = random.nextInt(4) == 0
          ? (side == Side.SELL ? MarketRules.PRICE_FLOOR_GBP_PER_MWH : MarketRules.PRICE_CAP_GBP_PER_MWH)
          : MarketRules.PRICE_FLOOR_GBP_PER_MWH + random.nextDouble() * 3500;
      Optional<Order> order = volume < 0.001 ? Optional.empty()
          : Optional.of(new Order(DAY, HOUR, side, volume, limit));
      HourSettlement hs = Settlement.settle(DAY, HOUR, order, p, imb, net);
      double bound = PerfectForesightBound.hourPnlGbp(net, p, imb, grid);
      assertThat(hs.pnlGbp()).as("hour %d: P %s I %s order %s", i, p, imb, order).isLessThanOrEqualTo(bound + 1e-9);
    }
  }

  @Test
  void theBestAlwaysFillingOrderReachesTheBoundWithinThePriceLimits() {
    Random random = new Random(7L);
    GridConnection grid = new GridConnection(1.0, 1.0);
    for (int i = 0; i < 10_000; i++) {
      double p = MarketRules.PRICE_FLOOR_GBP_PER_MWH + random.nextDouble() * 3500;
      double imb = p + random.nextGaussian() * 100;
      Side side = p > imb ? Side.SELL : Side.BUY;
      double limit = side == Side.SELL ? MarketRules.PRICE_FLOOR_GBP_PER_MWH : MarketRules.PRICE_CAP_GBP_PER_MWH;
      HourSettlement hs = Settlement.settle(DAY, HOUR, Optional.of(new Order(DAY, HOUR, side, 1.0, limit)), p, imb,
          0.3);
      assertThat(hs.pnlGbp()).isCloseTo(PerfectForesightBound.hourPnlGbp(0.3, p, imb, grid), within(1e-9));
    }
  }
}
