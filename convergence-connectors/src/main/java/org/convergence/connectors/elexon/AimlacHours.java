package org.convergence.connectors.elexon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * Half-hourly GB prices to AIMLAC hours: the hour starting at UTC t belongs to market day date(t + 1 h) as hour_ID
 * hour(t + 1 h) + 1, and its price is the simple mean of the half-hour prices in it (AIMLAC averages half-hours).
 * An hour with one half-hour missing takes the one present; an hour with none is absent.
 */
public final class AimlacHours {
  private AimlacHours() {}

  /** Hourly APX index prices; half-hours with no trades (price = volume = 0) count as missing. */
  public static List<HourPrice> marketIndex(List<MarketIndexPrice> halfHours) {
    Map<HourPrice, double[]> sums = new TreeMap<>();
    for (MarketIndexPrice p : halfHours) {
      if (!p.noTrades()) {
        add(sums, p.aimlacMarketDay(), p.aimlacHour(), p.priceGbpPerMWh());
      }
    }
    return means(sums);
  }

  /** Hourly system (imbalance) prices, from the system sell price (equal to the buy price since 2015). */
  public static List<HourPrice> systemPrices(List<SystemPrice> halfHours) {
    Map<HourPrice, double[]> sums = new TreeMap<>();
    for (SystemPrice p : halfHours) {
      add(sums, p.aimlacMarketDay(), p.aimlacHour(), p.systemSellPriceGbpPerMWh());
    }
    return means(sums);
  }

  private static void add(Map<HourPrice, double[]> sums, MarketDay day, HourId hour, double price) {
    double[] s = sums.computeIfAbsent(new HourPrice(day, hour, 0), k -> new double[2]);
    s[0] += price;
    s[1]++;
  }

  private static List<HourPrice> means(Map<HourPrice, double[]> sums) {
    List<HourPrice> out = new ArrayList<>(sums.size());
    sums.forEach((k, s) -> out.add(new HourPrice(k.day(), k.hour(), s[0] / s[1])));
    return out;
  }
}
