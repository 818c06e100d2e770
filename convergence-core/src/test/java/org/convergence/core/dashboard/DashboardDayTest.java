package org.convergence.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.Settlement;
import org.convergence.core.market.Side;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class DashboardDayTest {
  private static final MarketDay DAY = MarketDay.of(2022, 3, 22);
  private static final Instant AT = Instant.parse("2022-03-21T08:30:00Z");

  @Test
  void aSettledDayHasHandCheckedFillsPnlAndCarbon() {
    DashboardDay d = DashboardTestDays.settled(DAY, AT);

    // odd hours SELL 0.02 MWh at clearing - 5: filled, paid 0.02 x (50 + h); metered net 0.02 MWh = contracted
    BidRow h1 = d.bids().get(0);
    assertThat(h1.side()).isEqualTo(Side.SELL);
    assertThat(h1.fill()).isEqualTo(FillStatus.FILLED);
    assertThat(h1.contractedNetMWh()).isEqualTo(0.02);
    assertThat(h1.actualNetMWh()).isCloseTo(0.02, within(1e-12));
    assertThat(h1.dayAheadCashGbp()).isCloseTo(0.02 * 51, within(1e-12));
    assertThat(h1.imbalanceCashGbp()).isCloseTo(0, within(1e-12));
    // even hours BUY below the clearing price: not filled, the 0.02 MWh surplus is spilled at 100 GBP/MWh
    BidRow h2 = d.bids().get(1);
    assertThat(h2.fill()).isEqualTo(FillStatus.NOT_FILLED);
    assertThat(h2.contractedNetMWh()).isZero();
    assertThat(h2.pnlGbp()).isCloseTo(2.0, within(1e-12));
    BidRow h24 = d.bids().get(23);
    assertThat(h24.fill()).isEqualTo(FillStatus.NO_ORDER);
    assertThat(h24.side()).isNull();
    assertThat(h24.volumeMWh()).isNaN();
    assertThat(h24.pnlGbp()).isCloseTo(2.0, within(1e-12));

    DaySummary s = d.summary();
    assertThat(s.status()).isEqualTo(DayStatus.SETTLED);
    assertThat(s.orders()).isEqualTo(23);
    assertThat(s.filledOrders()).isEqualTo(12);
    assertThat(s.settledHours()).isEqualTo(24);
    assertThat(s.soldMWh()).isCloseTo(0.24, within(1e-12));
    assertThat(s.boughtMWh()).isZero();
    // 0.02 x (12 x 50 + 1 + 3 + ... + 23) + 12 x 2
    assertThat(s.pnlGbp()).isCloseTo(0.02 * 744 + 24, within(1e-9));
    assertThat(s.forecastMaeGbpPerMWh()).isZero();
    assertThat(s.meteredGenerationMWh()).isCloseTo(24 * 0.08, within(1e-9));
    // 80 kW for an hour = 0.08 MWh at 200 kg/MWh = 16 kg, 24 times
    assertThat(d.carbon()).allSatisfy(c -> {
      assertThat(c.metered()).isTrue();
      assertThat(c.savedKgCo2()).isCloseTo(16, within(1e-9));
    });
    assertThat(s.carbonSavedKgCo2()).isCloseTo(384, within(1e-9));
    // not trading: the metered 0.02 MWh of every hour spilled at 100 GBP/MWh; value added = contracted x (P - I)
    assertThat(s.noTradePnlGbp()).isCloseTo(48, within(1e-9));
    assertThat(s.valueAddedGbp()).isCloseTo(0.02 * (12 * (50 - 100) + 144), within(1e-9));
    assertThat(s.state()).isEqualTo(DayState.SETTLED);
    assertThat(s.boundValueAddedGbp()).as("no grid connection given").isNaN();
    // the bound: I > P every hour, so the full 0.5 MWh import at P: 0.5 x (100 - (50 + h)) over h = 1..24
    DashboardDay withGrid = DashboardDay.builder("Test site", AT, DashboardTestDays.priceForecast(DAY),
        DashboardTestDays.energyForecast(DAY), DashboardTestDays.orders(DAY))
        .clearingPrices(DashboardTestDays.clearing(DAY)).imbalancePrices(DashboardTestDays.imbalance(DAY, 100))
        .siteReadings(DashboardTestDays.readings(DAY))
        .grid(new org.convergence.core.market.GridConnection(0.5, 0.5)).build();
    assertThat(withGrid.summary().boundValueAddedGbp()).isCloseTo(0.5 * (24 * 50 - 300), within(1e-9));
    assertThat(withGrid.indexEntry().boundValueAddedGbp()).isCloseTo(450, within(1e-9));
    assertThat(withGrid.indexEntry().filledOrders()).isEqualTo(12);

    List<PnlPoint> cumulative = d.cumulativePnl();
    assertThat(cumulative).hasSize(24);
    assertThat(cumulative.get(23).cumulativeGbp()).isCloseTo(s.pnlGbp(), within(1e-9));
    assertThat(cumulative.get(1).cumulativeGbp()).isCloseTo(1.02 + 2, within(1e-12));
  }

  @Test
  void beforeTheAuctionEveryOrderIsPendingAndNothingIsSettled() {
    DashboardDay d = DashboardTestDays.forecastOnly(DAY, AT);
    assertThat(d.summary().state()).isEqualTo(DayState.SUBMITTED);
    assertThat(DayState.of(DayStatus.FORECAST, 0)).as("no order held").isEqualTo(DayState.PLANNED);
    assertThat(d.summary().valueAddedGbp()).isNaN();

    assertThat(d.status()).isEqualTo(DayStatus.FORECAST);
    assertThat(d.bids()).extracting(BidRow::fill).containsOnly(FillStatus.PENDING, FillStatus.NO_ORDER);
    assertThat(d.bids()).allSatisfy(b -> {
      assertThat(b.clearingGbpPerMWh()).isNaN();
      assertThat(b.contractedNetMWh()).isNaN();
      assertThat(b.pnlGbp()).isNaN();
    });
    assertThat(d.summary().pnlGbp()).isNaN();
    assertThat(d.cumulativePnl()).allSatisfy(p -> assertThat(p.cumulativeGbp()).isNaN());
    assertThat(d.energy()).allSatisfy(e -> assertThat(e.actual()).isEmpty());
    assertThat(d.carbon()).isEmpty();
  }

  @Test
  void clearedButNotMeteredGivesFillsAndDayAheadCashOnly() {
    DashboardDay d = DashboardDay.builder("Test site", AT, DashboardTestDays.priceForecast(DAY),
            DashboardTestDays.energyForecast(DAY), DashboardTestDays.orders(DAY))
        .clearingPrices(DashboardTestDays.clearing(DAY))
        .imbalancePrices(DashboardTestDays.imbalance(DAY, 100))
        .build();

    assertThat(d.status()).isEqualTo(DayStatus.CLEARED);
    assertThat(d.bids().get(0).dayAheadCashGbp()).isCloseTo(1.02, within(1e-12));
    assertThat(d.bids().get(0).pnlGbp()).isNaN();
    assertThat(d.summary().dayAheadCashGbp()).isCloseTo(0.02 * 744, within(1e-9));
  }

  @Test
  void aGivenSettlementIsUsedAsIs() {
    HourSettlement given = Settlement.settle(DAY, HourId.of(1), DashboardTestDays.orders(DAY).forHour(HourId.of(1)),
        60, 80, 0.05);
    DashboardDay d = DashboardDay.builder("Test site", AT, DashboardTestDays.priceForecast(DAY),
            DashboardTestDays.energyForecast(DAY), DashboardTestDays.orders(DAY))
        .settlements(List.of(given))
        .build();

    BidRow h1 = d.bids().get(0);
    assertThat(h1.clearingGbpPerMWh()).isEqualTo(60);
    assertThat(d.prices().get(0).imbalanceGbpPerMWh()).isEqualTo(80);
    assertThat(h1.pnlGbp()).isCloseTo(0.02 * 60 + 0.03 * 80, within(1e-12));
    assertThat(d.bids().get(1).pnlGbp()).isNaN();
  }

  @Test
  void aSettlementThatContradictsTheFillRuleCountsAsTheExchangeSettledItWithAWarning() {
    // the exchange's fill flag said "not filled" where the fill rule on the clearing price says filled
    HourSettlement byExchange = new HourSettlement(DAY, HourId.of(1), false, 0, 0, 60, 80, 0, 0);
    var builder = DashboardDay.builder("Test site", AT, DashboardTestDays.priceForecast(DAY),
        DashboardTestDays.energyForecast(DAY), DashboardTestDays.orders(DAY)).settlements(List.of(byExchange));

    DashboardDay d = builder.build();
    assertThat(d.bids().get(0).fill()).isEqualTo(FillStatus.NOT_FILLED);
    assertThat(d.bids().get(0).pnlGbp()).isZero();
    assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("hour 1: the exchange's fill flag (not filled)"
        + " contradicts the fill rule at clearing price 60.0"));
    assertThat(builder.build().warnings()).as("building twice adds nothing").isEqualTo(d.warnings());
  }

  @Test
  void inputsForAnotherDayAreRejected() {
    assertThatThrownBy(() -> DashboardDay.builder("Test site", AT, DashboardTestDays.priceForecast(DAY),
            DashboardTestDays.energyForecast(DAY.next()), DashboardTestDays.orders(DAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("energy forecast is for market day 2022-03-23");
  }

  @Test
  void meteredEnergyAveragesTheReadingsWithinEachHalfHourAndLeavesGapsEmpty() {
    Interval first = DAY.halfHours().get(0);
    List<SiteReading> readings = List.of(
        new SiteReading(first.start(), 100, 10, 20, 200, 18),
        new SiteReading(first.start().plusSeconds(900), 60, 30, 30, 200, 18),
        new SiteReading(first.start().plusSeconds(1000), Double.NaN, 30, 30, 200, 18));

    var energy = MeteredEnergy.over(DAY.halfHours().subList(0, 2), readings);

    assertThat(energy.get(0)).hasValueSatisfying(e -> {
      assertThat(e.windKWh()).isCloseTo(40, within(1e-12));   // mean 80 kW x 0.5 h
      assertThat(e.solarKWh()).isCloseTo(10, within(1e-12));
      assertThat(e.demandKWh()).isCloseTo(112.5, within(1e-12));
    });
    assertThat(energy.get(1)).isEqualTo(Optional.empty());
  }

  @Test
  void theIndexKeepsOneEntryPerDayInOrder() {
    DashboardIndex index = DashboardIndex.empty("Test site")
        .with(DashboardTestDays.forecastOnly(DAY.next(), AT))
        .with(DashboardTestDays.forecastOnly(DAY, AT))
        .with(DashboardTestDays.settled(DAY, AT.plusSeconds(60)));

    assertThat(index.days()).extracting(DashboardIndexEntry::day).containsExactly(DAY, DAY.next());
    assertThat(index.entry(DAY)).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(DayStatus.SETTLED));
    assertThat(index.latest()).contains(DAY.next());
    assertThat(index.updatedAt()).isEqualTo(AT.plusSeconds(60));
    assertThat(index.days().get(0).fileName()).isEqualTo("2022-03-22.json");
  }
}
