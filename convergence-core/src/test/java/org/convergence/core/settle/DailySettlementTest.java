package org.convergence.core.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convergence.core.dashboard.DayStatus;
import org.convergence.core.dashboard.InMemoryDashboardPublisher;
import org.convergence.core.energy.SiteMeter;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.exchange.Exchange;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.exchange.SubmissionReceipt;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.HourSettlement;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.SettledHour;
import org.convergence.core.market.Settlement;
import org.convergence.core.market.Side;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.store.InMemoryStore;
import org.convergence.core.store.SettlementRecord;
import org.convergence.core.store.SettlementStatus;
import org.convergence.core.store.StoreFixtures;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DailySettlementTest {
  private static final MarketDay DAY = StoreFixtures.DAY;
  private static final GridConnection GRID = new GridConnection(1.0, 0.8);

  private final SettableClock clock = new SettableClock(DAY.deliveryEnd().plus(Duration.ofHours(2)));
  private final InMemoryStore store = new InMemoryStore();
  private final InMemoryDashboardPublisher dashboard = new InMemoryDashboardPublisher("site");
  private final List<SiteReading> readings = new ArrayList<>();

  /** Clearing 40 + h, imbalance 60 - h (so P < I from hour 11 on), net 0.1 h - 1 MWh (10 h - 100 ... kW x 10). */
  private static double clearing(int h) {
    return 40.0 + h;
  }

  private static double imbalance(int h) {
    return 60.0 - h;
  }

  private static double netKw(int h) {
    return 100.0 * h - 1000.0;
  }

  private static PriceHistory prices(double imbalanceShiftHour5) {
    List<HourPrice> c = new ArrayList<>();
    List<HourPrice> i = new ArrayList<>();
    for (HourId h : HourId.all()) {
      c.add(new HourPrice(DAY, h, clearing(h.value())));
      i.add(new HourPrice(DAY, h, imbalance(h.value()) + (h.value() == 5 ? imbalanceShiftHour5 : 0)));
    }
    return InMemoryPriceHistory.of(c, i);
  }

  /** SELL 0.5 MWh at 45 in hours 1..12 (fills from hour 5), BUY 0.25 at 50 in hours 13..24 (never fills: P > 52). */
  private static List<Order> orders() {
    List<Order> out = new ArrayList<>();
    for (HourId h : HourId.all()) {
      out.add(h.value() <= 12 ? new Order(DAY, h, Side.SELL, 0.5, 45) : new Order(DAY, h, Side.BUY, 0.25, 50));
    }
    return out;
  }

  @BeforeEach
  void recordTheDay() {
    for (HourId h : HourId.all()) {
      Instant start = DAY.hour(h).start();
      // one reading at :15 and one at :45, wind = net + 200, demand = 200
      for (int m : new int[] {15, 45}) {
        readings.add(new SiteReading(start.plus(Duration.ofMinutes(m)), netKw(h.value()) + 200, 0, 50, 150, 20));
      }
    }
    store.saveEnergyForecast(StoreFixtures.energy(DAY, 0));
    store.savePriceForecast(StoreFixtures.prices(DAY, "naive", 0));
    store.saveHeldOrders(DAY, orders().stream().map(o -> new HeldOrder(o, Optional.empty())).toList());
  }

  private DailySettlement.Builder job(PriceHistory prices) {
    return DailySettlement.builder().clock(clock).prices(prices, "recorded prices")
        .orders(HeldOrderSource.stored(store)).meter(SiteMeter.of("readings", SiteReadings.of(readings), clock))
        .grid(GRID).store(store).dashboard(dashboard, "site", new GeoLocation(52.1, -3.7, 250));
  }

  @Test
  void aDeliveredDaySettlesEveryHourWithTheBacktestsSettlementAndIsStoredAndPublished() {
    SettlementResult r = job(prices(0)).build().settle(DAY);

    assertThat(r.status()).as(r.message()).isEqualTo(SettlementStatus.SETTLED);
    assertThat(r.hours()).hasSize(24);
    double pnl = 0;
    double noTrade = 0;
    double bound = 0;
    for (HourId h : HourId.all()) {
      int v = h.value();
      double x = netKw(v) / 1000.0;
      HourSettlement expected = Settlement.settle(DAY, h, Optional.of(orders().get(h.index())), clearing(v),
          imbalance(v), x);
      SettledHour got = r.hours().get(h.index());
      assertThat(got.settlement().filled()).as("%s", h).isEqualTo(v >= 5 && v <= 12);
      assertThat(got.settlement().dayAheadCashGbp()).isCloseTo(expected.dayAheadCashGbp(), within(1e-9));
      assertThat(got.settlement().imbalanceCashGbp()).isCloseTo(expected.imbalanceCashGbp(), within(1e-9));
      assertThat(got.noTradePnlGbp()).isCloseTo(x * imbalance(v), within(1e-9));
      double cap = clearing(v) >= imbalance(v) ? 1.0 : 0.8;
      assertThat(got.boundPnlGbp()).isCloseTo(x * imbalance(v) + cap * Math.abs(clearing(v) - imbalance(v)),
          within(1e-9));
      assertThat(got.boundPnlGbp()).isGreaterThanOrEqualTo(got.pnlGbp() - 1e-9);
      assertThat(got.revision()).isEqualTo(1);
      assertThat(got.source()).contains("recorded prices").contains("stored held orders").contains("readings");
      pnl += expected.pnlGbp();
      noTrade += x * imbalance(v);
      bound += got.boundPnlGbp();
    }
    assertThat(r.pnlGbp()).isCloseTo(pnl, within(1e-9));
    assertThat(r.valueAddedGbp()).isCloseTo(pnl - noTrade, within(1e-9));
    assertThat(r.dayAheadGbp() + r.imbalanceGbp()).isCloseTo(pnl, within(1e-9));
    assertThat(r.boundPnlGbp()).isCloseTo(bound, within(1e-9));
    assertThat(r.warnings()).isEmpty();

    SettlementRecord stored = store.settlementRecord(DAY).orElseThrow();
    assertThat(stored.status()).isEqualTo(SettlementStatus.SETTLED);
    assertThat(stored.hours()).isEqualTo(r.hours());
    assertThat(r.published()).isTrue();
    assertThat(dashboard.day(DAY).orElseThrow().status()).isEqualTo(DayStatus.SETTLED);
    assertThat(dashboard.day(DAY).orElseThrow().summary().pnlGbp()).isCloseTo(pnl, within(1e-6));
  }

  @Test
  void beforeDeliveryHasEndedTheDayIsPendingAndNothingIsStored() {
    clock.set(DAY.deliveryEnd().minusSeconds(1));

    SettlementResult r = job(prices(0)).build().settle(DAY);

    assertThat(r.status()).isEqualTo(SettlementStatus.PENDING);
    assertThat(r.message()).contains("delivery of " + DAY + " ends at " + DAY.deliveryEnd());
    assertThat(r.pnlGbp()).isNaN();
    assertThat(store.settlementRecord(DAY)).isEmpty();
  }

  @Test
  void withoutMeterReadingsTheDayStaysPendingAndSaysSoUntilTheyArrive() {
    List<SiteReading> all = List.copyOf(readings);
    readings.clear();

    SettlementResult r = job(prices(0)).build().settle(DAY);

    assertThat(r.status()).isEqualTo(SettlementStatus.PENDING);
    assertThat(r.message()).startsWith("no metered energy for " + DAY + ": readings has no reading for " + DAY);
    assertThat(store.settlementRecord(DAY).orElseThrow().status()).isEqualTo(SettlementStatus.PENDING);
    assertThat(job(prices(0)).build().outstandingDays()).containsExactly(DAY);

    readings.addAll(all);
    List<SettlementResult> again = job(prices(0)).build().settleOutstanding();
    assertThat(again).extracting(SettlementResult::status).containsExactly(SettlementStatus.SETTLED);
    assertThat(job(prices(0)).build().outstandingDays()).isEmpty();
  }

  @Test
  void incompletePricesKeepTheDayPending() {
    PriceHistory full = prices(0);
    PriceHistory partial = InMemoryPriceHistory.of(full.clearingPrices(DAY, DAY),
        full.imbalancePrices(DAY, DAY).subList(0, 20));

    SettlementResult r = job(partial).build().settle(DAY);

    assertThat(r.status()).isEqualTo(SettlementStatus.PENDING);
    assertThat(r.message()).isEqualTo("prices for " + DAY + " incomplete (recorded prices): 24 of 24 clearing, 20 of"
        + " 24 imbalance hours");
  }

  @Test
  void settlingAgainReplacesOnlyTheHoursWhoseInputsChanged() {
    SettlementResult first = job(prices(0)).build().settle(DAY);
    clock.advance(Duration.ofHours(1));

    SettlementResult same = job(prices(0)).build().settle(DAY);
    assertThat(same.hoursReplaced()).isZero();
    assertThat(same.message()).contains("inputs unchanged");
    assertThat(same.hours()).isEqualTo(first.hours());

    clock.advance(Duration.ofHours(1));
    SettlementResult revised = job(prices(7.5)).build().settle(DAY);

    assertThat(revised.hoursReplaced()).isEqualTo(1);
    SettledHour h5 = revised.hours().get(4);
    assertThat(h5.revision()).isEqualTo(2);
    assertThat(h5.settledAt()).isEqualTo(clock.instant());
    assertThat(h5.source()).contains("replaces revision 1").contains("imbalance price 55.0 -> 62.5");
    assertThat(h5.settlement().imbalancePriceGbpPerMWh()).isEqualTo(62.5);
    assertThat(revised.hours().get(3)).isEqualTo(first.hours().get(3));
    List<SettledHour> stored = store.settlementRecord(DAY).orElseThrow().hours();
    assertThat(stored).hasSize(24).isEqualTo(revised.hours());
    assertThat(store.settlements(DAY, DAY)).hasSize(24);
  }

  @Test
  void theExchangesFillFlagWinsOverTheFillRuleAndTheMismatchIsAWarning() {
    SettableClock exchangeClock = new SettableClock(DAY.gateClosure().minusSeconds(600));
    SimulatedExchange sim = new SimulatedExchange(exchangeClock, prices(0), List.of("k"));
    Exchange real = sim.forKey("k");
    real.submit(new OrderSet(DAY, orders()));
    exchangeClock.set(DAY.deliveryEnd());
    // the exchange reports hour 3 (SELL at 45 against 43: no fill by the rule) as filled
    Exchange flipping = new Exchange() {
      @Override
      public SubmissionReceipt submit(OrderSet o) {
        return real.submit(o);
      }

      @Override
      public List<HeldOrder> heldOrders(MarketDay day) {
        return real.heldOrders(day).stream()
            .map(h -> h.hour().value() == 3 ? new HeldOrder(h.order(), Optional.of(true)) : h).toList();
      }

      @Override
      public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
        return real.clearingPrices(from, to);
      }

      @Override
      public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
        return real.imbalancePrices(from, to);
      }
    };

    SettlementResult r = job(prices(0)).orders(HeldOrderSource.exchange(flipping, "exchange")).build().settle(DAY);

    assertThat(r.status()).isEqualTo(SettlementStatus.SETTLED);
    SettledHour h3 = r.hours().get(2);
    assertThat(h3.settlement().filled()).isTrue();
    assertThat(h3.settlement().contractedNetMWh()).isEqualTo(0.5);
    assertThat(h3.ruleFilled()).isFalse();
    assertThat(h3.fillMismatch()).isTrue();
    assertThat(r.fillMismatches()).containsExactly(h3);
    assertThat(r.warnings()).singleElement().asString()
        .contains(DAY + " hour 3").contains("the exchange says the SELL at 45.00 GBP/MWh filled")
        .contains("clearing price 43.00").contains("the exchange's flag counts");
    assertThat(store.settlementRecord(DAY).orElseThrow().warnings()).isEqualTo(r.warnings());
    assertThat(r.hours().get(5).exchangeFilled()).contains(true);
    assertThat(r.hours().get(5).fillMismatch()).isFalse();
  }

  @Test
  void aDayNeitherTradedNorRunHasNothingToSettle() {
    MarketDay other = DAY.previous();

    SettlementResult r = job(prices(0)).build().settle(other);

    assertThat(r.status()).isEqualTo(SettlementStatus.PENDING);
    assertThat(r.message()).contains("nothing to settle for " + other);
  }
}
