package org.convergence.connectors.elexon;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.SettlementPeriod;

/**
 * One row of Elexon's Market Index Data (MID): the volume-weighted price of short-term trades in one GB settlement
 * period as reported by one provider (APXMIDP = EPEX/APX, the index the AIMLAC auction clears against).
 *
 * @param period the settlement period (UK settlement date and period 1..46/48/50)
 * @param startTime start of the half-hour, UTC (equals {@code period.start()})
 * @param dataProvider "APXMIDP" or "N2EXMIDP"
 * @param priceGbpPerMWh market index price, GBP/MWh
 * @param volumeMWh traded volume behind the index, MWh (0 with price 0 = no trades: no price)
 */
public record MarketIndexPrice(
    SettlementPeriod period, Instant startTime, String dataProvider, double priceGbpPerMWh, double volumeMWh) {
  public MarketIndexPrice {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(dataProvider, "dataProvider");
    if (!startTime.equals(period.start())) {
      throw new IllegalArgumentException(period.settlementDate() + " SP " + period.period() + " starts at "
          + period.start() + ", not " + startTime);
    }
    if (!Double.isFinite(priceGbpPerMWh) || !Double.isFinite(volumeMWh)) {
      throw new IllegalArgumentException(period.settlementDate() + " SP " + period.period()
          + ": price and volume must be finite");
    }
  }

  /** True when the provider reported no trades (price and volume both 0): the price means nothing. */
  public boolean noTrades() {
    return priceGbpPerMWh == 0 && volumeMWh == 0;
  }

  /** The AIMLAC market day whose delivery contains this half-hour. */
  public MarketDay aimlacMarketDay() {
    return MarketDay.delivering(startTime);
  }

  /** The AIMLAC hour (1..24) that contains this half-hour. */
  public HourId aimlacHour() {
    return aimlacMarketDay().hourAt(startTime);
  }
}
