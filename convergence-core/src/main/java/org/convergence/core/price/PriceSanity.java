package org.convergence.core.price;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.MarketRules;
import org.convergence.core.time.MarketDay;

/**
 * The check a run makes of the price history its models learn from, whatever source served it (files, the
 * exchange, Elexon, the database): over the {@value #WINDOW_DAYS} market days before D, a clearing price outside the
 * auction's limits [{@value MarketRules#PRICE_FLOOR_GBP_PER_MWH}, {@value MarketRules#PRICE_CAP_GBP_PER_MWH}]
 * GBP/MWh, an imbalance price beyond +-{@value MarketRules#IMBALANCE_PRICE_LIMIT_GBP_PER_MWH} GBP/MWh, and an hour
 * given twice are each flagged. Nothing is dropped or changed: the values flow on, and the run report carries one
 * warning per kind naming the first few offending hours.
 */
public final class PriceSanity {
  /** How many market days before D are checked. */
  public static final int WINDOW_DAYS = 28;
  private static final int SHOWN = 3;

  private PriceSanity() {}

  /** The warnings about the prices of the {@value #WINDOW_DAYS} days before {@code day} in {@code known}. */
  public static List<String> check(PriceHistory known, MarketDay day) {
    MarketDay from = day.minusDays(WINDOW_DAYS);
    MarketDay to = day.previous();
    List<String> warnings = new ArrayList<>();
    check("clearing", known.clearingPrices(from, to), MarketRules.PRICE_FLOOR_GBP_PER_MWH,
        MarketRules.PRICE_CAP_GBP_PER_MWH, warnings);
    check("imbalance", known.imbalancePrices(from, to), -MarketRules.IMBALANCE_PRICE_LIMIT_GBP_PER_MWH,
        MarketRules.IMBALANCE_PRICE_LIMIT_GBP_PER_MWH, warnings);
    return List.copyOf(warnings);
  }

  private static void check(String kind, List<HourPrice> prices, double min, double max, List<String> warnings) {
    List<String> outliers = new ArrayList<>();
    List<String> duplicates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (HourPrice p : prices) {
      String slot = p.day() + " hour " + p.hour().value();
      if (p.priceGbpPerMWh() < min || p.priceGbpPerMWh() > max) {
        outliers.add(slot + ": " + String.format(Locale.ROOT, "%.2f", p.priceGbpPerMWh()));
      }
      if (!seen.add(slot)) {
        duplicates.add(slot);
      }
    }
    if (!outliers.isEmpty()) {
      warnings.add(String.format(Locale.ROOT, "price history: %d %s price(s) outside [%.0f, %.0f] GBP/MWh in the %d"
          + " days before the market day, used as given: %s", outliers.size(), kind, min, max, WINDOW_DAYS,
          shown(outliers)));
    }
    if (!duplicates.isEmpty()) {
      warnings.add(String.format(Locale.ROOT, "price history: %d %s hour(s) given more than once in the %d days"
          + " before the market day: %s", duplicates.size(), kind, WINDOW_DAYS, shown(duplicates)));
    }
  }

  private static String shown(List<String> items) {
    String head = String.join(", ", items.subList(0, Math.min(SHOWN, items.size())));
    return items.size() > SHOWN ? head + ", ..." : head;
  }
}
