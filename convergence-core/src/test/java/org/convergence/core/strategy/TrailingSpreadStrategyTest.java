package org.convergence.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.testkit.Fixtures;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class TrailingSpreadStrategyTest {
  static final MarketDay DAY = StrategiesTest.DAY;
  static final Instant AS_OF = DAY.gateClosure().minusSeconds(1800);

  /**
   * Spread of market day D-k, hour h: +10 on D-2..D-8 (the last 7 settled days), -30 on D-9..D-15, +1 earlier,
   * except hour 5, whose spread is -10 then; D-1 (partly known at the run) is -1000 everywhere.
   */
  static double spread(int k, int h) {
    if (k == 1) {
      return -1000;
    }
    double s = k <= 8 ? 10 : k <= 15 ? -30 : 1;
    return h == 5 ? -s : s;
  }

  static InMemoryPriceHistory history() {
    List<HourPrice> clearing = new ArrayList<>();
    List<HourPrice> imbalance = new ArrayList<>();
    for (int k = 1; k <= 40; k++) {
      MarketDay d = DAY.minusDays(k);
      for (HourId h : HourId.all()) {
        clearing.add(new HourPrice(d, h, 100));
        imbalance.add(new HourPrice(d, h, 100 - spread(k, h.value())));
      }
    }
    return InMemoryPriceHistory.of(clearing, imbalance);
  }

  static BiddingContext context(SpreadEstimate spread) {
    return new BiddingContext(DAY, Fixtures.energy(DAY, StrategiesTest::net), Fixtures.prices(DAY, h -> 100 + h),
        StrategiesTest.GRID, spread, NetUncertainty.none());
  }

  @Test
  void trailingMeansUseTheWholeDaysUpToTwoDaysBeforeAndNotTheDayBefore() {
    SpreadEstimate s = SpreadEstimate.fromHistory(history(), DAY, AS_OF, SpreadEstimate.DEFAULT_LOOKBACK_DAYS);
    assertThat(s.trailingCapacityDays()).isEqualTo(SpreadEstimate.SETTLED_HISTORY_DAYS);
    assertThat(s.trailingMeanGbpPerMWh(HourId.of(1), 7)).isCloseTo(10, within(1e-9));
    assertThat(s.trailingMeanGbpPerMWh(HourId.of(1), 14)).isCloseTo((7 * 10 - 7 * 30) / 14.0, within(1e-9));
    assertThat(s.trailingMeanGbpPerMWh(HourId.of(1), 28)).isCloseTo((7 * 10 - 7 * 30 + 14) / 28.0, within(1e-9));
    assertThat(s.trailingMeanGbpPerMWh(HourId.of(5), 7)).isCloseTo(-10, within(1e-9));
    // the 28-day estimate the other strategies use still includes D-1's known hours
    assertThat(s.samples(HourId.of(1))).contains(-1000.0);
    assertThatThrownBy(() -> s.trailingMeanGbpPerMWh(HourId.of(1), SpreadEstimate.SETTLED_HISTORY_DAYS + 1))
        .hasMessageContaining("keeps " + SpreadEstimate.SETTLED_HISTORY_DAYS);
    // as it stood 7 days earlier: D-9 .. D-15; and one settled day's own spread
    assertThat(s.trailingMeanGbpPerMWh(HourId.of(1), 7, 7)).isCloseTo(-30, within(1e-9));
    assertThat(s.settledSpreadGbpPerMWh(HourId.of(1), 0)).isCloseTo(10, within(1e-9));
    assertThat(s.settledSpreadGbpPerMWh(HourId.of(1), 50)).isNaN();
    assertThat(SpreadEstimate.none().trailingMeanGbpPerMWh(HourId.of(1), 7)).isNaN();
  }

  @Test
  void aMissingPriceLeavesThatDayOutOfTheMean() {
    InMemoryPriceHistory full = history();
    List<HourPrice> imbalance = full.imbalancePrices(DAY.minusDays(40), DAY.previous()).stream()
        .filter(p -> !(p.day().equals(DAY.minusDays(2)) && p.hour().value() == 3)).toList();
    InMemoryPriceHistory gap = InMemoryPriceHistory.of(full.clearingPrices(DAY.minusDays(40), DAY.previous()),
        imbalance);
    SpreadEstimate s = SpreadEstimate.fromHistory(gap, DAY, AS_OF, 28);
    // hour 3 over D-2..D-15: D-2 missing, so 6 x +10 and 7 x -30
    assertThat(s.trailingMeanGbpPerMWh(HourId.of(3), 14)).isCloseTo((6 * 10 - 7 * 30) / 13.0, within(1e-9));
  }

  @Test
  void takesTheFullGridCapOnTheTrailingMeansSign() {
    SpreadEstimate s = SpreadEstimate.fromHistory(history(), DAY, AS_OF, 28);
    OrderSet seven = new TrailingSpreadStrategy(7).orders(context(s));
    OrderSet fourteen = new TrailingSpreadStrategy(14).orders(context(s));
    assertThat(seven.size()).isEqualTo(24);
    for (Order o : seven.orders()) {
      Side expected = o.hour().value() == 5 ? Side.BUY : Side.SELL;
      assertThat(o.side()).isEqualTo(expected);
      assertThat(o.volumeMWh()).isEqualTo(StrategiesTest.GRID.hourlyCapMWh(expected));
    }
    // over 14 days the -30s win
    assertThat(fourteen.forHour(HourId.of(1)).orElseThrow().side()).isEqualTo(Side.BUY);
    assertThat(fourteen.forHour(HourId.of(1)).orElseThrow().volumeMWh()).isEqualTo(0.5);
    assertThat(fourteen.forHour(HourId.of(5)).orElseThrow().side()).isEqualTo(Side.SELL);
  }

  @Test
  void withoutSpreadHistoryItHedgesTheExpectedNet() {
    assertThat(new TrailingSpreadStrategy(14).orders(context(SpreadEstimate.none())).orders())
        .isEqualTo(new HedgeStrategy().orders(context(SpreadEstimate.none())).orders());
  }

  @Test
  void isRegisteredUnderItsThreeNames() {
    assertThat(Strategies.NAMES).contains("trailing-7", "trailing-14", "trailing-28");
    assertThat(((TrailingSpreadStrategy) Strategies.byName("trailing-28")).days()).isEqualTo(28);
  }

  @Test
  void aTrackRecordMayNotReachPastTwoDaysBefore() {
    TrackRecord record = new TrackRecord(List.of(new TrackRecord.DailyValue(DAY.minusDays(3), 5),
        new TrackRecord.DailyValue(DAY.minusDays(2), -2), new TrackRecord.DailyValue(DAY.minusDays(1), 7)));
    assertThat(record.knownFor(DAY).days()).extracting(TrackRecord.DailyValue::day)
        .containsExactly(DAY.minusDays(3), DAY.minusDays(2));
    assertThat(record.knownFor(DAY).cumulativeGbp()).isEqualTo(3);
    assertThatThrownBy(() -> new BiddingContext(DAY, Fixtures.energy(DAY, StrategiesTest::net),
        Fixtures.prices(DAY, h -> 100 + h), StrategiesTest.GRID, SpreadEstimate.none(), NetUncertainty.none(),
        record)).hasMessageContaining("up to " + DAY.minusDays(2));
    assertThat(context(SpreadEstimate.none()).trackRecord().days()).isEmpty();
  }
}
