package org.convergence.retrain;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * Test prices with a strong weekly shape (weekends cheap, evening peak), and two test models: {@code weekly}
 * (same hour a week before: exact on this data) and {@code flat} (mean of the last week: misses the shape). Both
 * refit on the history they are shown at each forecast, and fail the test if they are shown anything from after
 * {@code asOf}.
 */
final class SyntheticPrices implements PriceHistory {
  final MarketDay first;
  final MarketDay last;

  SyntheticPrices(MarketDay first, MarketDay last) {
    this.first = first;
    this.last = last;
  }

  static double price(MarketDay d, HourId h) {
    DayOfWeek w = d.date().getDayOfWeek();
    double level = (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) ? 60 : 110;
    return level + (h.value() >= 17 && h.value() <= 20 ? 80 : 0) + h.value();
  }

  @Override
  public List<HourPrice> clearingPrices(MarketDay from, MarketDay to) {
    List<HourPrice> out = new ArrayList<>();
    for (MarketDay d = from.compareTo(first) < 0 ? first : from; d.compareTo(to) <= 0 && d.compareTo(last) <= 0;
        d = d.next()) {
      for (HourId h : HourId.all()) {
        out.add(new HourPrice(d, h, price(d, h)));
      }
    }
    return out;
  }

  @Override
  public List<HourPrice> imbalancePrices(MarketDay from, MarketDay to) {
    return List.of();
  }

  static void requireNoLookAhead(PriceHistory h, MarketDay day, Instant asOf) {
    for (HourPrice p : h.clearingPrices(day.minusDays(60), day.plusDays(60))) {
      if (p.day().hour(p.hour()).end().isAfter(asOf)) {
        throw new AssertionError("look-ahead: " + p + " is visible at " + asOf);
      }
    }
  }

  /** The test models, by name. */
  static class Models implements PriceModels {
    int trained;
    org.convergence.core.time.PlanningTime planning = org.convergence.core.time.PlanningTime.DEFAULT;

    @Override
    public org.convergence.core.time.PlanningTime planning() {
      return planning;
    }

    @Override
    public PriceForecaster recalibrating(String modelName) {
      return switch (modelName) {
        case "weekly" -> new Forecaster("weekly", true);
        case "flat" -> new Forecaster("flat", false);
        default -> throw new IllegalArgumentException("unknown test model " + modelName);
      };
    }

    @Override
    public TrainedModel train(String modelName, PriceHistory history, Instant asOf) {
      trained++;
      MarketDay lastKnown = MarketDay.delivering(asOf).previous();
      int rows = history.clearingPrices(lastKnown.minusDays(27), lastKnown).size();
      return new TrainedModel(modelName, modelName.getBytes(StandardCharsets.UTF_8),
          ("{\"model\":\"" + modelName + "\",\"rows\":" + rows + "}").getBytes(StandardCharsets.UTF_8),
          lastKnown.minusDays(27), lastKnown);
    }

    @Override
    public String modelNameOf(byte[] modelFile) {
      return new String(modelFile, StandardCharsets.UTF_8);
    }
  }

  record Forecaster(String id, boolean weekly) implements PriceForecaster {
    @Override
    public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
      requireNoLookAhead(history, day, asOf);
      List<HourPrice> lastWeek = history.clearingPrices(day.minusDays(7), day.minusDays(1));
      double mean = lastWeek.stream().mapToDouble(HourPrice::priceGbpPerMWh).average().orElse(0);
      List<HourPriceForecast> hours = new ArrayList<>();
      for (HourId h : HourId.all()) {
        double p = weekly
            ? lastWeek.stream().filter(x -> x.day().equals(day.minusDays(7)) && x.hour().equals(h))
                .mapToDouble(HourPrice::priceGbpPerMWh).findFirst().orElse(mean)
            : mean;
        hours.add(new HourPriceForecast(h, p, List.of()));
      }
      return new PriceForecast(day, id, hours);
    }
  }
}
