package org.convergence.model.selection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.PublishedPrices;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.PlanningTime;

/**
 * Replays the daily forecast over a run of market days, as the daily run would have made it: for each day D the
 * forecaster is asked at D's planning time (D-1 at {@code schedule.run_at}) and sees the history only as it stood then (an
 * {@link org.convergence.core.price.PublishedPrices}). A forecaster that recalibrates inside {@code forecast} (the port allows it to fit on
 * everything it is shown) is thereby recalibrated every day on a rolling window, with no look-ahead. Hours whose
 * clearing price is not known are left out.
 */
public final class RollingEvaluator {
  private final PriceHistory history;
  private final PlanningTime planning;

  /** Forecasts each day at {@code planning} on D-1, the daily run's {@code schedule.run_at}. */
  public RollingEvaluator(PriceHistory history, PlanningTime planning) {
    this.history = Objects.requireNonNull(history, "history");
    this.planning = Objects.requireNonNull(planning, "planning");
  }

  /** Forecasts each day at the default planning time, 08:30Z on D-1. */
  public RollingEvaluator(PriceHistory history) {
    this(history, PlanningTime.DEFAULT);
  }

  /** The instant the forecast for {@code day} is made at. */
  public Instant asOf(MarketDay day) {
    return planning.on(day);
  }

  public Evaluation evaluate(PriceForecaster forecaster, MarketDay from, MarketDay to) {
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException("evaluation period " + from + ".." + to + " is empty");
    }
    List<ForecastError> errors = new ArrayList<>();
    for (MarketDay day = from; day.compareTo(to) <= 0; day = day.next()) {
      Map<HourId, Double> actual = history.clearingPrices(day, day).stream()
          .collect(Collectors.toMap(HourPrice::hour, HourPrice::priceGbpPerMWh, (a, b) -> b));
      if (actual.isEmpty()) {
        continue;
      }
      Instant asOf = asOf(day);
      PriceForecast f = forecaster.forecast(day, PublishedPrices.asOf(history, asOf), asOf);
      for (HourId h : HourId.all()) {
        Double a = actual.get(h);
        if (a != null) {
          errors.add(new ForecastError(day, h, f.hour(h).pointGbpPerMWh(), a));
        }
      }
    }
    return new Evaluation(forecaster.id(), errors);
  }

  /** Evaluates several forecasters on the same days. */
  public Map<String, Evaluation> evaluateAll(List<PriceForecaster> forecasters, MarketDay from, MarketDay to) {
    return forecasters.stream().collect(Collectors.toMap(PriceForecaster::id, f -> evaluate(f, from, to),
        (a, b) -> { throw new IllegalArgumentException("two forecasters share the id " + a.modelId()); },
        java.util.LinkedHashMap::new));
  }

}
