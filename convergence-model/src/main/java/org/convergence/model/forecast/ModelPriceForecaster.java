package org.convergence.model.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.FallbackPriceForecaster;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.PublishedPrices;
import org.convergence.core.price.Quantile;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.model.DayForecast;
import org.convergence.model.MarketProfile;
import org.convergence.model.PriceModel;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.PriceModels;
import org.convergence.model.data.DailySeries;
import org.convergence.model.eval.ResidualQuantiles;

/**
 * The core {@link PriceForecaster} port over a price model, for the AIMLAC market (no exogenous series). It reads
 * {@code historyDays} days of clearing prices, drops every hour whose delivery had not ended at {@code asOf}
 * ({@link org.convergence.core.price.PublishedPrices#isPublished}), masks the days after {@code day - availabilityLag}
 * except the model's {@link PriceModelTrainer#partialDayHours} first hours of the next day (on GB the hours of D-1
 * delivered by the run's as-of time; fewer published by {@code asOf} is an error), and forecasts. Either a fixed model (loaded from a model file) or a
 * recipe recalibrated at every call.
 */
public final class ModelPriceForecaster implements PriceForecaster {
  private final String id;
  private final int availabilityLagDays;
  private final int partialDayHours;
  private final int historyDays;
  private final BiFunction<DailySeries, LocalDate, PriceModel> modelFor;

  private ModelPriceForecaster(String id, int availabilityLagDays, int partialDayHours, int historyDays,
      BiFunction<DailySeries, LocalDate, PriceModel> modelFor) {
    this.id = id;
    this.availabilityLagDays = availabilityLagDays;
    this.partialDayHours = partialDayHours;
    this.historyDays = historyDays;
    this.modelFor = modelFor;
  }

  /** A fixed, already trained model (e.g. {@code ModelFiles.toModel(ModelFiles.load(path))}). */
  public static ModelPriceForecaster fixed(PriceModel model, int availabilityLagDays, int historyDays) {
    return new ModelPriceForecaster(model.id(), availabilityLagDays, model.partialDayHours(), historyDays,
        (s, d) -> model);
  }

  /**
   * The recipe {@code name} for {@code market}, recalibrated at every call on {@link PriceModels#historyDays} days of
   * prices: what every runner forecasts with when it recalibrates.
   *
   * @throws IllegalArgumentException for an unknown model name
   */
  public static ModelPriceForecaster recalibrating(String name, MarketProfile market, ForkJoinPool pool) {
    PriceModelTrainer trainer = PriceModels.trainer(name, market, pool);
    return recalibrating(trainer, PriceModels.historyDays(trainer, market));
  }

  /** Recalibrates the recipe on each call (the LEAR way: daily). */
  public static ModelPriceForecaster recalibrating(PriceModelTrainer trainer, int historyDays) {
    return new ModelPriceForecaster(trainer.name() + "-daily", trainer.availabilityLagDays(),
        trainer.partialDayHours(), historyDays, trainer::train);
  }

  /** The model a GB run falls back to when the configured one cannot forecast. */
  public static final String GB_FALLBACK_MODEL = "naive-weekly";

  /**
   * The price model {@code modelName} (settings {@code prices.model}, one of {@link PriceModels#RUN_NAMES}) for the GB
   * market as a recipe, recalibrated at every run on the prices published by the run's time {@code runAtUtc} on D-1
   * ({@code schedule.run_at}: D-2 and older, and the hours of D-1 delivered by then, {@link MarketProfile#gbAsOf}),
   * on the common fork-join pool, reading {@link PriceModels#historyDays} days of prices: the forecaster of the daily run, the backtest and the sweep, so a replayed or
   * backtested day never sees a model trained on its future. When it cannot forecast (e.g. too little history in
   * live mode) the run falls back to {@value #GB_FALLBACK_MODEL} with a warning in its report.
   *
   * @throws IllegalArgumentException for an unknown model name or a run time after the gate
   */
  public static PriceForecaster gb(String modelName, LocalTime runAtUtc) {
    return gb(modelName, runAtUtc, ForkJoinPool.commonPool());
  }

  /** {@link #gb(String, LocalTime)} recalibrating on {@code pool} (a sweep's element runs on its own one-thread pool). */
  public static PriceForecaster gb(String modelName, LocalTime runAtUtc, ForkJoinPool pool) {
    MarketProfile market = MarketProfile.gbAsOf(runAtUtc);
    return new FallbackPriceForecaster(
        recalibrating(modelName, market, pool), recalibrating(GB_FALLBACK_MODEL, market, pool));
  }

  /** Days of recent errors behind the quantiles of a point model without stored quantile offsets. */
  static final int ERROR_MEMORY_DAYS = PriceModels.ERROR_MEMORY_DAYS;

  /**
   * Quantiles for a point model without stored offsets: the empirical quantiles of the same model's errors on the
   * last {@link #ERROR_MEMORY_DAYS} known days, each forecast from the information of its own gate (out-of-sample
   * for the naive models, partly in-sample for calibrated ones, whose windows cover those days).
   */
  private DayForecast withRecentErrorQuantiles(PriceModel model, DailySeries known, LocalDate target,
      DayForecast f) {
    ResidualQuantiles memory = new ResidualQuantiles(ERROR_MEMORY_DAYS, ResidualQuantiles.DEFAULT_LEVELS);
    LocalDate last = target.minusDays(availabilityLagDays);
    for (LocalDate d = last.minusDays(ERROR_MEMORY_DAYS - 1); !d.isAfter(last); d = d.plusDays(1)) {
      try {
        DailySeries k = known.knownUpTo(d.minusDays(availabilityLagDays), d, partialDayHours);
        double[] actual = new double[24];
        for (int h = 0; h < 24; h++) {
          actual[h] = known.price(known.indexOf(d), h);
        }
        memory.add(actual, model.forecast(k, d).pointByHour());
      } catch (IllegalArgumentException e) {
        // a day without complete inputs gives no error sample
      }
    }
    if (memory.size() < 5) {
      throw new IllegalArgumentException("too little recent history (" + memory.size() + " days) to estimate the "
          + "forecast quantiles for " + target);
    }
    return ResidualQuantiles.withQuantiles(f, memory.levels(), memory.offsets());
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public PriceForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
    MarketDay first = day.minusDays(historyDays);
    double[][] p = new double[historyDays + 1][24];
    for (double[] row : p) {
      Arrays.fill(row, Double.NaN);
    }
    for (HourPrice hp : history.clearingPrices(first, day.previous())) {
      if (PublishedPrices.isPublished(hp, asOf)) {
        int d = (int) (hp.day().date().toEpochDay() - first.date().toEpochDay());
        p[d][hp.hour().index()] = hp.priceGbpPerMWh();
      }
    }
    DailySeries series = new DailySeries("history", first.date(), p, List.of(), new double[0][][]);
    LocalDate target = day.date();
    if (partialDayHours > 0) {
      MarketDay partial = day.minusDays(availabilityLagDays - 1);
      if (partial.hour(HourId.of(partialDayHours)).end().isAfter(asOf)) {
        throw new IllegalArgumentException(id + " uses hours 1.." + partialDayHours + " of " + partial
            + ", not all delivered (published) by " + asOf);
      }
    }
    DailySeries known = series.knownUpTo(target.minusDays(availabilityLagDays), target, partialDayHours)
        .withGapsInterpolated();
    PriceModel model = modelFor.apply(known, target);
    DayForecast f = model.forecast(known, target);
    if (!f.hasQuantiles()) {
      f = withRecentErrorQuantiles(model, known, target, f);
    }
    List<HourPriceForecast> hours = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      List<Quantile> qs = new ArrayList<>();
      for (int l = 0; l < f.levels().length; l++) {
        qs.add(new Quantile(f.levels()[l], f.quantilesByLevelHour()[l][h]));
      }
      hours.add(new HourPriceForecast(HourId.of(h + 1), f.pointByHour()[h], qs));
    }
    return new PriceForecast(day, id, hours);
  }
}
