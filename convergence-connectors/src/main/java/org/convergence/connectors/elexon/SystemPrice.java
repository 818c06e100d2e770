package org.convergence.connectors.elexon;

import java.time.Instant;
import java.util.Objects;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.SettlementPeriod;

/**
 * The GB system (imbalance, cash-out) prices of one settlement period, from Elexon's DISEBSP data. Since 2015
 * (BSC P305) sell and buy prices are the same single price.
 *
 * @param netImbalanceVolumeMWh net imbalance volume, MWh (NaN when not given)
 */
public record SystemPrice(SettlementPeriod period, Instant startTime, double systemSellPriceGbpPerMWh,
    double systemBuyPriceGbpPerMWh, double netImbalanceVolumeMWh) {
  public SystemPrice {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(startTime, "startTime");
    if (!startTime.equals(period.start())) {
      throw new IllegalArgumentException(period.settlementDate() + " SP " + period.period() + " starts at "
          + period.start() + ", not " + startTime);
    }
    if (!Double.isFinite(systemSellPriceGbpPerMWh) || !Double.isFinite(systemBuyPriceGbpPerMWh)) {
      throw new IllegalArgumentException(period.settlementDate() + " SP " + period.period()
          + ": system prices must be finite");
    }
  }

  public MarketDay aimlacMarketDay() {
    return MarketDay.delivering(startTime);
  }

  public HourId aimlacHour() {
    return aimlacMarketDay().hourAt(startTime);
  }
}
