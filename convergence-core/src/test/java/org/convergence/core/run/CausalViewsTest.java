package org.convergence.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.convergence.core.energy.SiteReading;
import org.convergence.core.energy.SiteReadings;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/**
 * The causal views ask the underlying port for no more than may be seen at the instant, and pass nothing recorded
 * later. Mockito checks the exact requests that reach the port: a fake would need its own recording of calls.
 */
class CausalViewsTest {
  private static final MarketDay DAY = MarketDay.of(2022, 3, 15);
  /** 08:30Z on D-1: hours 1..9 of market day D-1 (23:00Z on D-2 .. 08:00Z on D-1) have ended, hour 10 has not. */
  private static final Instant AS_OF = Instant.parse("2022-03-14T08:30:00Z");

  @Test
  void pricesPassTheRangeThroughAndKeepOnlyHoursWhoseDeliveryHasEnded() {
    PriceHistory history = mock(PriceHistory.class);
    MarketDay before = DAY.previous();
    List<HourPrice> recorded = List.of(price(before, 8), price(before, 9), price(before, 10), price(DAY, 1));
    when(history.clearingPrices(before, DAY)).thenReturn(recorded);
    when(history.imbalancePrices(before, DAY)).thenReturn(recorded);

    PriceHistory seen = CausalViews.prices(history, AS_OF);

    assertThat(seen.clearingPrices(before, DAY)).containsExactly(price(before, 8), price(before, 9));
    assertThat(seen.imbalancePrices(before, DAY)).containsExactly(price(before, 8), price(before, 9));
    verify(history).clearingPrices(before, DAY);
    verify(history).imbalancePrices(before, DAY);
    verifyNoMoreInteractions(history);
  }

  @Test
  void readingsAreRequestedOnlyUpToTheInstant() {
    SiteReadings readings = mock(SiteReadings.class);
    Instant from = AS_OF.minusSeconds(3600);
    List<SiteReading> lastHour = List.of(reading(from), reading(from.plusSeconds(1800)));
    when(readings.between(from, AS_OF)).thenReturn(lastHour);

    List<SiteReading> seen = CausalViews.readings(readings, AS_OF).between(from, AS_OF.plusSeconds(86_400));

    assertThat(seen).isEqualTo(lastHour);
    verify(readings).between(from, AS_OF); // clipped at the instant, not the day asked for
    verifyNoMoreInteractions(readings);
  }

  @Test
  void aWindowWhollyInTheFutureNeverReachesThePort() {
    SiteReadings readings = mock(SiteReadings.class);
    when(readings.between(any(), any())).thenReturn(List.of(reading(AS_OF)));

    SiteReadings seen = CausalViews.readings(readings, AS_OF);

    assertThat(seen.between(AS_OF, AS_OF.plusSeconds(3600))).isEmpty();
    assertThat(seen.between(AS_OF.plusSeconds(60), AS_OF.plusSeconds(3600))).isEmpty();
    verifyNoInteractions(readings);
  }

  private static HourPrice price(MarketDay day, int hour) {
    return new HourPrice(day, HourId.of(hour), 100 + hour);
  }

  private static SiteReading reading(Instant t) {
    return new SiteReading(t, 1, 2, 3, 4, 20);
  }
}
