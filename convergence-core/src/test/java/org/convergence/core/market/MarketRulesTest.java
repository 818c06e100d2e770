package org.convergence.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class MarketRulesTest {
  private static final MarketDay DAY = MarketDay.of(2022, 3, 15);
  private static final HourId H = HourId.of(10);

  private static Order order(Side side, double volume, double limit) {
    return new Order(DAY, H, side, volume, limit);
  }

  @Test
  void sellFillsAtOrBelowTheClearingPrice() {
    assertThat(order(Side.SELL, 1, 50).fillsAt(50)).isTrue();
    assertThat(order(Side.SELL, 1, 49.99).fillsAt(50)).isTrue();
    assertThat(order(Side.SELL, 1, 50.01).fillsAt(50)).isFalse();
  }

  @Test
  void buyFillsAtOrAboveTheClearingPrice() {
    assertThat(order(Side.BUY, 1, 50).fillsAt(50)).isTrue();
    assertThat(order(Side.BUY, 1, 50.01).fillsAt(50)).isTrue();
    assertThat(order(Side.BUY, 1, 49.99).fillsAt(50)).isFalse();
  }

  @Test
  void fillRuleHoldsForNegativePrices() {
    assertThat(order(Side.SELL, 1, -20).fillsAt(-10)).isTrue();
    assertThat(order(Side.SELL, 1, -5).fillsAt(-10)).isFalse();
    assertThat(order(Side.BUY, 1, -5).fillsAt(-10)).isTrue();
    assertThat(order(Side.BUY, 1, -20).fillsAt(-10)).isFalse();
  }

  @Test
  void filledSellEarnsAndMatchedPositionHasNoImbalance() {
    HourSettlement s = Settlement.settle(DAY, H, Optional.of(order(Side.SELL, 0.5, 40)), 60, 100, 0.5);
    assertThat(s.filled()).isTrue();
    assertThat(s.contractedNetMWh()).isEqualTo(0.5);
    assertThat(s.dayAheadCashGbp()).isCloseTo(30.0, within(1e-9));
    assertThat(s.imbalanceCashGbp()).isZero();
    assertThat(s.pnlGbp()).isCloseTo(30.0, within(1e-9));
  }

  @Test
  void buyWhenTheSiteIsLongPaysTheClearingPriceAndSellsTheSurplusAtImbalance() {
    // site actually exports 0.3 MWh but bought 0.2 MWh: it must deliver 0.5 MWh of surplus to imbalance
    HourSettlement s = Settlement.settle(DAY, H, Optional.of(order(Side.BUY, 0.2, 80)), 70, 90, 0.3);
    assertThat(s.filled()).isTrue();
    assertThat(s.contractedNetMWh()).isEqualTo(-0.2);
    assertThat(s.dayAheadCashGbp()).isCloseTo(-14.0, within(1e-9));
    assertThat(s.imbalanceMWh()).isCloseTo(0.5, within(1e-12));
    assertThat(s.imbalanceCashGbp()).isCloseTo(45.0, within(1e-9));
    assertThat(s.pnlGbp()).isCloseTo(31.0, within(1e-9));
  }

  @Test
  void negativeClearingPriceMakesSellersPay() {
    HourSettlement s = Settlement.settle(DAY, H, Optional.of(order(Side.SELL, 1.0, -100)), -20, -30, 1.0);
    assertThat(s.dayAheadCashGbp()).isCloseTo(-20.0, within(1e-9));
    assertThat(s.imbalanceCashGbp()).isZero();
  }

  @Test
  void unfilledOrderLeavesEverythingToImbalance() {
    HourSettlement s = Settlement.settle(DAY, H, Optional.of(order(Side.SELL, 1.0, 100)), 60, 55, -0.2);
    assertThat(s.filled()).isFalse();
    assertThat(s.dayAheadCashGbp()).isZero();
    assertThat(s.imbalanceCashGbp()).isCloseTo(-11.0, within(1e-9));
  }

  @Test
  void noOrderAndNoEnergyIsZero() {
    HourSettlement s = Settlement.settle(DAY, H, Optional.empty(), 60, 55, 0.0);
    assertThat(s.pnlGbp()).isZero();
  }

  @Test
  void volumesAreCappedByTheGridConnection() {
    GridConnection grid = new GridConnection(0.5, 0.3);
    assertThat(grid.cap(Side.SELL, 0.8)).isEqualTo(0.5);
    assertThat(grid.cap(Side.BUY, 0.8)).isEqualTo(0.3);
    assertThat(grid.cap(Side.SELL, 0.1)).isEqualTo(0.1);
  }

  @Test
  void invalidOrderValuesAreAllReported() {
    assertThatThrownBy(() -> new Order(DAY, H, Side.SELL, 0, 3000.01))
        .isInstanceOf(OrderValidationException.class)
        .satisfies(e -> assertThat(((OrderValidationException) e).problems()).hasSize(2))
        .hasMessageContaining("volume must be a finite number > 0 MWh, was 0.0")
        .hasMessageContaining("limit price must be within [-500.0, 3000.0] GBP/MWh, was 3000.01");
    assertThatThrownBy(() -> new Order(DAY, H, Side.BUY, Double.NaN, -500.5)).isInstanceOf(OrderValidationException.class);
    assertThat(new Order(DAY, H, Side.BUY, 0.001, -500).limitPriceGbpPerMWh()).isEqualTo(-500);
  }

  @Test
  void anOrderVolumeIsBoundedWhateverTheGridSays() {
    assertThatThrownBy(() -> new Order(DAY, H, Side.SELL, 1e308, 50))
        .isInstanceOf(OrderValidationException.class)
        .hasMessageContaining("2022-03-15 hour 10: volume must be at most 1000.0 MWh, was 1.0E308");
    assertThat(new Order(DAY, H, Side.SELL, MarketRules.MAX_ORDER_VOLUME_MWH, 50).volumeMWh()).isEqualTo(1000);
    assertThatThrownBy(() -> new GridConnection(1e308, 1))
        .hasMessage("export_capacity_mw must be within (0, 1000.0] MW, was 1.0E308");
    assertThat(new GridConnection(GridConnection.MAX_CAPACITY_MW, 1).hourlyCapMWh(Side.SELL))
        .isLessThanOrEqualTo(MarketRules.MAX_ORDER_VOLUME_MWH);
  }

  @Test
  void orderSetAllowsOneOrderPerHourAndReportsEveryProblem() {
    Order a = new Order(DAY, HourId.of(1), Side.SELL, 1, 10);
    Order b = new Order(DAY, HourId.of(1), Side.BUY, 1, 10);
    Order c = new Order(DAY.next(), HourId.of(2), Side.BUY, 1, 10);
    assertThatThrownBy(() -> new OrderSet(DAY, List.of(a, b, c)))
        .isInstanceOf(OrderValidationException.class)
        .hasMessageContaining("2 problems")
        .hasMessageContaining("2 orders for one hour")
        .hasMessageContaining("order is for market day 2022-03-16, not 2022-03-15");
  }

  @Test
  void orderSetIsSortedByHour() {
    Order h3 = new Order(DAY, HourId.of(3), Side.SELL, 1, 10);
    Order h1 = new Order(DAY, HourId.of(1), Side.SELL, 1, 10);
    OrderSet set = new OrderSet(DAY, List.of(h3, h1));
    assertThat(set.orders()).containsExactly(h1, h3);
    assertThat(set.forHour(HourId.of(3))).contains(h3);
    assertThat(set.forHour(HourId.of(2))).isEmpty();
  }

  @Test
  void sideParsesWireValues() {
    assertThat(Side.parse("sell")).isEqualTo(Side.SELL);
    assertThat(Side.parse(" BUY ")).isEqualTo(Side.BUY);
    assertThatThrownBy(() -> Side.parse("HOLD")).hasMessage("order type must be BUY or SELL, was 'HOLD'");
  }
}
