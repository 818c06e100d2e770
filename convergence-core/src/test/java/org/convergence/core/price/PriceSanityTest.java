package org.convergence.core.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class PriceSanityTest {
  private static final MarketDay DAY = MarketDay.of(2022, 3, 15);

  private static List<HourPrice> days(MarketDay from, int n, double price) {
    List<HourPrice> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      for (HourId h : HourId.all()) {
        out.add(new HourPrice(from.plusDays(d), h, price));
      }
    }
    return out;
  }

  @Test
  void cleanHistoryHasNoWarnings() {
    PriceHistory h = InMemoryPriceHistory.of(days(DAY.minusDays(28), 28, 150), days(DAY.minusDays(28), 28, 4020.98));
    assertThat(PriceSanity.check(h, DAY)).isEmpty();
  }

  @Test
  void outliersAreFlaggedByKindAndHourAndKeptAsGiven() {
    List<HourPrice> clearing = days(DAY.minusDays(5), 5, 150);
    clearing.set(3, new HourPrice(DAY.minusDays(5), HourId.of(4), 1e12));
    clearing.set(30, new HourPrice(DAY.minusDays(4), HourId.of(7), -600));
    List<HourPrice> imbalance = days(DAY.minusDays(5), 5, 100);
    imbalance.set(0, new HourPrice(DAY.minusDays(5), HourId.of(1), 7000));
    PriceHistory h = InMemoryPriceHistory.of(clearing, imbalance);

    assertThat(PriceSanity.check(h, DAY)).containsExactly(
        "price history: 2 clearing price(s) outside [-500, 3000] GBP/MWh in the 28 days before the market day, used"
            + " as given: 2022-03-10 hour 4: 1000000000000.00, 2022-03-11 hour 7: -600.00",
        "price history: 1 imbalance price(s) outside [-6000, 6000] GBP/MWh in the 28 days before the market day,"
            + " used as given: 2022-03-10 hour 1: 7000.00");
    assertThat(h.clearingPrices(DAY.minusDays(5), DAY.previous())).hasSize(5 * 24);
  }

  @Test
  void aDuplicatedHourIsFlagged() {
    List<HourPrice> clearing = days(DAY.minusDays(2), 2, 150);
    clearing.add(new HourPrice(DAY.minusDays(1), HourId.of(9), 151));
    PriceHistory h = new PriceHistory() {
      @Override
      public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
        return clearing;
      }

      @Override
      public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
        return List.of();
      }
    };
    assertThat(PriceSanity.check(h, DAY)).containsExactly(
        "price history: 1 clearing hour(s) given more than once in the 28 days before the market day: 2022-03-14"
            + " hour 9");
  }

  @Test
  void onlyTheWindowBeforeTheDayIsChecked() {
    PriceHistory h = InMemoryPriceHistory.of(days(DAY.minusDays(40), 10, 9999), List.of());
    assertThat(PriceSanity.check(h, DAY)).isEmpty();
  }
}
