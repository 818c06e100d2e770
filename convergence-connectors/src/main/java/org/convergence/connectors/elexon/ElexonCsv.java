package org.convergence.connectors.elexon;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes Elexon prices as CSV. Market index prices use exactly the format of the gb-prices data set's
 * {@code elexon_mid_apxmidp_halfhourly.csv}:
 * <pre>
 * start_time_utc,settlement_date,settlement_period,price_gbp_per_mwh,volume_mwh,aimlac_market_date,aimlac_hour_id
 * 2018-01-01T00:00Z,2018-01-01,1,47.27,781.35,2018-01-01,2
 * </pre>
 * (UTC start as {@code yyyy-MM-ddTHH:mmZ}; numbers in their shortest decimal form without trailing zeros; LF line
 * ends; rows in time order). System prices use the same layout with their own value columns.
 */
public final class ElexonCsv {
  public static final String MID_HEADER = "start_time_utc,settlement_date,settlement_period,price_gbp_per_mwh,"
      + "volume_mwh,aimlac_market_date,aimlac_hour_id";
  public static final String SYSTEM_HEADER = "start_time_utc,settlement_date,settlement_period,"
      + "system_sell_price_gbp_per_mwh,system_buy_price_gbp_per_mwh,net_imbalance_volume_mwh,aimlac_market_date,"
      + "aimlac_hour_id";

  private static final DateTimeFormatter MINUTE_Z =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

  private ElexonCsv() {}

  public static void writeMarketIndex(Writer out, List<MarketIndexPrice> prices) throws IOException {
    out.write(MID_HEADER);
    out.write('\n');
    for (MarketIndexPrice p : prices) {
      out.write(MINUTE_Z.format(p.startTime()) + "," + p.period().settlementDate() + "," + p.period().period()
          + "," + number(p.priceGbpPerMWh()) + "," + number(p.volumeMWh()) + "," + p.aimlacMarketDay() + ","
          + p.aimlacHour().value() + "\n");
    }
  }

  public static void writeSystemPrices(Writer out, List<SystemPrice> prices) throws IOException {
    out.write(SYSTEM_HEADER);
    out.write('\n');
    for (SystemPrice p : prices) {
      out.write(MINUTE_Z.format(p.startTime()) + "," + p.period().settlementDate() + "," + p.period().period()
          + "," + number(p.systemSellPriceGbpPerMWh()) + "," + number(p.systemBuyPriceGbpPerMWh()) + ","
          + (Double.isNaN(p.netImbalanceVolumeMWh()) ? "" : number(p.netImbalanceVolumeMWh())) + ","
          + p.aimlacMarketDay() + "," + p.aimlacHour().value() + "\n");
    }
  }

  /** Shortest decimal form: 346.0 -> "346", 655.40 -> "655.4", -5.25 -> "-5.25". */
  static String number(double v) {
    if (v == 0) {
      return "0";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
