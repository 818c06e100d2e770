package org.convergence.core.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class PriceHistoryChainTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 15);

  static PriceHistory failing(String message) {
    return new PriceHistory() {
      @Override
      public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
        throw new IllegalStateException(message);
      }

      @Override
      public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
        throw new IllegalStateException(message);
      }
    };
  }

  static PriceHistory holding(double price) {
    return InMemoryPriceHistory.of(List.of(new HourPrice(DAY, HourId.of(1), price)),
        List.of(new HourPrice(DAY, HourId.of(1), price + 1)));
  }

  @Test
  void theFirstSourceWithRowsServesAndTheReportSaysWhyEarlierOnesDidNot() {
    PriceHistoryChain chain = new PriceHistoryChain(List.of(
        new PriceHistoryChain.Source("exchange", failing("GET /auction/market/clearout-prices: HTTP 404")),
        new PriceHistoryChain.Source("elexon", InMemoryPriceHistory.empty()),
        new PriceHistoryChain.Source("database", holding(42))));

    assertThat(chain.clearingPrices(DAY, DAY)).extracting(HourPrice::priceGbpPerMWh).containsExactly(42.0);
    assertThat(chain.imbalancePrices(DAY, DAY)).extracting(HourPrice::priceGbpPerMWh).containsExactly(43.0);
    assertThat(chain.servedBy()).isEqualTo("database");
    assertThat(chain.passedOver()).contains("exchange: unavailable - GET /auction/market/clearout-prices: HTTP 404")
        .contains("elexon: no clearing prices for 2022-03-15..2022-03-15,"
            + " no imbalance prices for 2022-03-15..2022-03-15");
  }

  @Test
  void theFirstSourceIsUsedWhenItServes() {
    PriceHistoryChain chain = new PriceHistoryChain(List.of(new PriceHistoryChain.Source("exchange", holding(7)),
        new PriceHistoryChain.Source("database", holding(42))));
    assertThat(chain.clearingPrices(DAY, DAY)).extracting(HourPrice::priceGbpPerMWh).containsExactly(7.0);
    assertThat(chain.servedBy()).isEqualTo("exchange");
    assertThat(chain.passedOver()).isEmpty();
  }

  @Test
  void aRangeNoSourceHoldsIsEmptyButEverySourceFailingIsAnErrorWithEveryReason() {
    PriceHistoryChain empty = new PriceHistoryChain(List.of(
        new PriceHistoryChain.Source("exchange", failing("HTTP 404")),
        new PriceHistoryChain.Source("database", InMemoryPriceHistory.empty())));
    assertThat(empty.clearingPrices(DAY, DAY)).isEmpty();

    PriceHistoryChain down = new PriceHistoryChain(List.of(
        new PriceHistoryChain.Source("exchange", failing("HTTP 404")),
        new PriceHistoryChain.Source("elexon", failing("Elexon Insights: connection failed"))));
    assertThatThrownBy(() -> down.clearingPrices(DAY, DAY)).isInstanceOf(PriceHistoryUnavailableException.class)
        .hasMessage("no price-history source served clearing prices for 2022-03-15..2022-03-15: exchange: HTTP 404;"
            + " elexon: Elexon Insights: connection failed");
  }
}
