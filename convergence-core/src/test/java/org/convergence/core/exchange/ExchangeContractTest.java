package org.convergence.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.Order;
import org.convergence.core.market.OrderSet;
import org.convergence.core.market.Side;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link Exchange} follows. An implementation's test extends this class and says how to start a fresh
 * exchange (knowing some keys, running on a clock the test sets, replaying given prices) and how to connect to it
 * with a key. Shipped in core's test-jar.
 */
public abstract class ExchangeContractTest {
  protected static final String VALID_KEY = "contract-test-key-7f3a";
  protected static final String OTHER_KEY = "contract-test-other-key-c4d1";
  protected static final String WRONG_KEY = "not-the-key-91b2";

  /** A day with all 24 clearing prices, some negative. */
  protected static final MarketDay PRICED = MarketDay.of(2022, 3, 15);
  /** A day with no prices at all. */
  protected static final MarketDay UNPRICED = MarketDay.of(2022, 3, 16);

  protected SettableClock clock;
  protected PriceHistory prices;

  /** Starts a fresh exchange for the current test that knows the keys, runs on the clock and replays the prices. */
  protected abstract void startExchange(Clock clock, PriceHistory prices, List<String> validKeys);

  /** A connection to the exchange started for the current test, identifying with the key. */
  protected abstract Exchange connect(String key);

  /** Clearing price of hour h of {@link #PRICED}: 40 + h, except hours 3 and 4 at -12.5 and 0. */
  protected static double clearing(int hour) {
    return switch (hour) {
      case 3 -> -12.5;
      case 4 -> 0.0;
      default -> 40.0 + hour;
    };
  }

  protected static double imbalance(int hour) {
    return 100.0 - hour;
  }

  @BeforeEach
  void setUpExchangeContract() {
    clock = new SettableClock(PRICED.gateClosure().minus(Duration.ofMinutes(30)));
    List<HourPrice> clearing = new ArrayList<>();
    List<HourPrice> imbalance = new ArrayList<>();
    for (HourId h : HourId.all()) {
      clearing.add(new HourPrice(PRICED, h, clearing(h.value())));
      imbalance.add(new HourPrice(PRICED, h, imbalance(h.value())));
    }
    prices = InMemoryPriceHistory.of(clearing, imbalance);
    startExchange(clock, prices, List.of(VALID_KEY, OTHER_KEY));
  }

  private Exchange exchange() {
    return connect(VALID_KEY);
  }

  private static OrderSet fullDay(MarketDay day, Side side, double limit) {
    List<Order> orders = new ArrayList<>();
    for (HourId h : HourId.all()) {
      orders.add(new Order(day, h, side, 0.5, limit));
    }
    return new OrderSet(day, orders);
  }

  @Test
  void ordersBeforeTheGateAreAllAccepted() {
    Exchange exchange = exchange();
    clock.set(PRICED.gateClosure().minusSeconds(1));

    SubmissionReceipt receipt = exchange.submit(fullDay(PRICED, Side.SELL, 10));

    assertThat(receipt.accepted()).isEqualTo(24);
    assertThat(exchange.heldOrders(PRICED)).hasSize(24);
  }

  @Test
  void ordersAtOrAfterTheGateAreRejectedWithTheCountAndReason() {
    Exchange exchange = exchange();
    clock.set(PRICED.gateClosure());

    SubmissionReceipt receipt = exchange.submit(fullDay(PRICED, Side.SELL, 10));

    assertThat(receipt.accepted()).isZero();
    assertThat(receipt.message()).contains("24").contains("time limit");
    assertThat(exchange.heldOrders(PRICED)).isEmpty();
  }

  @Test
  void lateOrdersDoNotReplaceOnTimeOnes() {
    Exchange exchange = exchange();
    exchange.submit(new OrderSet(PRICED, List.of(new Order(PRICED, HourId.of(7), Side.BUY, 1.0, 30))));
    clock.set(PRICED.gateClosure().plus(Duration.ofHours(2)));

    SubmissionReceipt late =
        exchange.submit(new OrderSet(PRICED, List.of(new Order(PRICED, HourId.of(7), Side.SELL, 2.0, 60))));

    assertThat(late.accepted()).isZero();
    assertThat(exchange.heldOrders(PRICED)).extracting(HeldOrder::order)
        .containsExactly(new Order(PRICED, HourId.of(7), Side.BUY, 1.0, 30));
  }

  @Test
  void theLatestOrderForAnHourWins() {
    Exchange exchange = exchange();
    exchange.submit(fullDay(PRICED, Side.SELL, 10));
    clock.advance(Duration.ofMinutes(1));
    Order replacement = new Order(PRICED, HourId.of(5), Side.BUY, 0.25, 80);

    SubmissionReceipt receipt = exchange.submit(new OrderSet(PRICED, List.of(replacement)));

    assertThat(receipt.accepted()).isEqualTo(1);
    List<HeldOrder> held = exchange.heldOrders(PRICED);
    assertThat(held).hasSize(24);
    assertThat(held).extracting(HeldOrder::hour).containsExactlyElementsOf(HourId.all());
    assertThat(held.get(4).order()).isEqualTo(replacement);
    assertThat(held.get(3).order().side()).isEqualTo(Side.SELL);
  }

  @Test
  void sellFillsWhenItsLimitIsAtOrBelowTheClearingPrice() {
    Exchange exchange = exchange();
    double p = clearing(10);
    exchange.submit(new OrderSet(PRICED, List.of(
        new Order(PRICED, HourId.of(9), Side.SELL, 1, clearing(9) - 0.01),
        new Order(PRICED, HourId.of(10), Side.SELL, 1, p),
        new Order(PRICED, HourId.of(11), Side.SELL, 1, clearing(11) + 0.01))));
    clock.set(PRICED.deliveryEnd());

    assertThat(exchange.heldOrders(PRICED)).extracting(HeldOrder::filled)
        .containsExactly(Optional.of(true), Optional.of(true), Optional.of(false));
  }

  @Test
  void buyFillsWhenItsLimitIsAtOrAboveTheClearingPrice() {
    Exchange exchange = exchange();
    exchange.submit(new OrderSet(PRICED, List.of(
        new Order(PRICED, HourId.of(12), Side.BUY, 1, clearing(12) + 0.01),
        new Order(PRICED, HourId.of(13), Side.BUY, 1, clearing(13)),
        new Order(PRICED, HourId.of(14), Side.BUY, 1, clearing(14) - 0.01))));
    clock.set(PRICED.deliveryEnd());

    assertThat(exchange.heldOrders(PRICED)).extracting(HeldOrder::filled)
        .containsExactly(Optional.of(true), Optional.of(true), Optional.of(false));
  }

  @Test
  void negativeAndZeroPricesFollowTheSameRule() {
    Exchange exchange = exchange();
    exchange.submit(new OrderSet(PRICED, List.of(
        new Order(PRICED, HourId.of(1), Side.SELL, 1, -20),   // clearing 41: fills
        new Order(PRICED, HourId.of(3), Side.SELL, 1, -10),   // clearing -12.5: does not fill
        new Order(PRICED, HourId.of(4), Side.BUY, 1, -0.5),   // clearing 0: does not fill
        new Order(PRICED, HourId.of(5), Side.BUY, 1, -500))));  // clearing 45: does not fill
    clock.set(PRICED.deliveryEnd());

    assertThat(exchange.heldOrders(PRICED)).extracting(HeldOrder::filled)
        .containsExactly(Optional.of(true), Optional.of(false), Optional.of(false), Optional.of(false));
    assertThat(exchange.clearingPrices(PRICED, PRICED)).extracting(HourPrice::priceGbpPerMWh)
        .contains(-12.5, 0.0);
  }

  @Test
  void pricesOfADayRange() {
    Exchange exchange = exchange();
    clock.set(UNPRICED.deliveryEnd());

    List<HourPrice> clearing = exchange.clearingPrices(PRICED.previous(), UNPRICED);
    List<HourPrice> imbalance = exchange.imbalancePrices(PRICED, PRICED);

    assertThat(clearing).hasSize(24);
    assertThat(clearing).extracting(HourPrice::day).containsOnly(PRICED);
    assertThat(clearing).extracting(p -> p.hour().value()).isSorted();
    assertThat(clearing.get(0).priceGbpPerMWh()).isEqualTo(41.0);
    assertThat(clearing.get(23).priceGbpPerMWh()).isEqualTo(64.0);
    assertThat(imbalance).hasSize(24);
    assertThat(imbalance.get(0).priceGbpPerMWh()).isEqualTo(99.0);
  }

  @Test
  void aDayWithoutPricesIsEmptyNotAnError() {
    Exchange exchange = exchange();
    exchange.submit(fullDay(UNPRICED, Side.BUY, 50));

    assertThat(exchange.clearingPrices(UNPRICED, UNPRICED)).isEmpty();
    assertThat(exchange.imbalancePrices(UNPRICED, UNPRICED)).isEmpty();
    List<HeldOrder> held = exchange.heldOrders(UNPRICED);
    assertThat(held).hasSize(24);
    assertThat(held).allSatisfy(h -> assertThat(h.filled()).isEmpty());
  }

  @Test
  void nothingOfADayIsRevealedBeforeItsDelivery() {
    Exchange exchange = exchange();
    exchange.submit(fullDay(PRICED, Side.SELL, -100));
    for (Instant t : List.of(PRICED.gateClosure().minusSeconds(1), PRICED.gateClosure().plusSeconds(3600),
        PRICED.deliveryStart(), PRICED.hour(HourId.of(1)).end().minusSeconds(1))) {
      clock.set(t);

      assertThat(exchange.clearingPrices(PRICED, PRICED)).as("clearing prices at %s", t).isEmpty();
      assertThat(exchange.imbalancePrices(PRICED, PRICED)).as("imbalance prices at %s", t).isEmpty();
      assertThat(exchange.heldOrders(PRICED)).as("fill flags at %s", t).hasSize(24)
          .allSatisfy(h -> assertThat(h.filled()).isEmpty());
    }
  }

  @Test
  void anHourIsRevealedOnceItsDeliveryHasEnded() {
    Exchange exchange = exchange();
    exchange.submit(fullDay(PRICED, Side.SELL, -100));
    clock.set(PRICED.hour(HourId.of(5)).end());

    assertThat(exchange.clearingPrices(PRICED, PRICED)).extracting(p -> p.hour().value())
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(exchange.imbalancePrices(PRICED, PRICED)).extracting(p -> p.hour().value())
        .containsExactly(1, 2, 3, 4, 5);
    List<HeldOrder> held = exchange.heldOrders(PRICED);
    assertThat(held.subList(0, 5)).allSatisfy(h -> assertThat(h.filled()).contains(true));
    assertThat(held.subList(5, 24)).allSatisfy(h -> assertThat(h.filled()).isEmpty());

    clock.set(PRICED.deliveryEnd());
    assertThat(exchange.clearingPrices(PRICED, PRICED)).hasSize(24);
    assertThat(exchange.heldOrders(PRICED)).allSatisfy(h -> assertThat(h.filled()).contains(true));
  }

  @Test
  void noCallMovesTheExchangesClock() {
    Exchange exchange = exchange();
    Instant before = clock.instant();
    exchange.submit(fullDay(PRICED, Side.SELL, 10));
    exchange.heldOrders(PRICED);
    exchange.clearingPrices(PRICED, PRICED);
    exchange.imbalancePrices(PRICED, PRICED);

    assertThat(clock.instant()).isEqualTo(before);
    assertThat(exchange.clearingPrices(PRICED, PRICED)).isEmpty();
  }

  @Test
  void aDayWithoutOrdersHoldsNothing() {
    assertThat(exchange().heldOrders(PRICED)).isEmpty();
  }

  @Test
  void aWrongKeyIsAnErrorThatDoesNotShowTheKey() {
    Exchange exchange = connect(WRONG_KEY);

    assertThatThrownBy(() -> exchange.submit(fullDay(PRICED, Side.SELL, 10)))
        .isInstanceOf(ExchangeAuthenticationException.class)
        .satisfies(e -> assertThat(allMessages(e)).doesNotContain(WRONG_KEY));
    assertThatThrownBy(() -> exchange.heldOrders(PRICED))
        .isInstanceOf(ExchangeAuthenticationException.class)
        .satisfies(e -> assertThat(allMessages(e)).doesNotContain(WRONG_KEY));
    assertThat(exchange().heldOrders(PRICED)).as("nothing stored under the right key").isEmpty();
  }

  @Test
  void ordersOfOneKeyAreNotVisibleToAnother() {
    exchange().submit(fullDay(PRICED, Side.SELL, 10));
    assertThat(connect(OTHER_KEY).heldOrders(PRICED)).isEmpty();
    assertThat(exchange().heldOrders(PRICED)).hasSize(24);
  }

  /** Every message and toString of the exception and its causes, for checks that a secret is absent. */
  protected static String allMessages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
      for (Throwable s : t.getSuppressed()) {
        all.append(s).append('\n');
      }
    }
    return all.toString();
  }

  protected static Instant at(String iso) {
    return Instant.parse(iso);
  }
}
