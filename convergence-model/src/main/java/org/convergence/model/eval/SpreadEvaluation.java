package org.convergence.model.eval;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.convergence.core.energy.EnergyForecast;
import org.convergence.core.energy.EnergyInterval;
import org.convergence.core.market.GridConnection;
import org.convergence.core.market.Order;
import org.convergence.core.price.HourPriceForecast;
import org.convergence.core.price.HourSpreadForecast;
import org.convergence.core.price.PriceForecast;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.PriceGrid;
import org.convergence.core.price.Quantile;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.run.CausalViews;
import org.convergence.core.strategy.BiddingContext;
import org.convergence.core.strategy.EvStrategy;
import org.convergence.core.strategy.NetUncertainty;
import org.convergence.core.strategy.SpreadEstimate;
import org.convergence.core.strategy.TrackRecord;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;

/**
 * Rolling evaluation of spread forecasters with no look-ahead: for every market day of the period each forecaster
 * sees the recorded prices as they stood at the run's as-of time (gate closure minus {@link #AS_OF_BEFORE_GATE},
 * through {@link CausalViews}; the forecaster applies its publication lag on top) and forecasts the day. Scored on
 * the hours with both prices:
 *
 * <ul>
 *   <li>MAE of the mean spread and of the mean clearing price, pinball loss of the spread averaged over the levels
 *       0.1..0.9, sign hit rate of the mean spread;
 *   <li>the 1-MWh sign rule: contract the grid cap on the sign of the mean spread at an always-filling limit (with
 *       the empirical trailing forecasters this is the {@code trailing-N} rule);
 *   <li>optionally the {@code ev} strategy on a site with no energy (price-only), settled with the AIMLAC fill rule.
 * </ul>
 *
 * Daily value added {@code sum_h q (P - I)} gives the share of the bound {@code sum_h cap |P - I|} (the bound minus
 * {@code none}, which adds nothing without a site), Sharpe (mean / sd x sqrt 365), max drawdown and worst day.
 */
public final class SpreadEvaluation {
  public static final Duration AS_OF_BEFORE_GATE = Duration.ofMinutes(30);
  static final double[] PINBALL_LEVELS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  /** Daily value-added figures of one trading rule, GBP. */
  public record Trading(double valueAddedGbp, double boundGbp, double boundShare, double sharpe,
      double maxDrawdownGbp, double worstDayGbp, double hitRate, double meanAbsPositionMWh, List<Double> dailyGbp) {
    static Trading of(List<Double> daily, double bound, int hitHours, int positionHours, double absPosition) {
      double sum = daily.stream().mapToDouble(Double::doubleValue).sum();
      double mean = sum / Math.max(1, daily.size());
      double ss = daily.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
      double sd = Math.sqrt(ss / Math.max(1, daily.size() - 1));
      double cum = 0;
      double peak = 0;
      double dd = 0;
      double worst = Double.POSITIVE_INFINITY;
      for (double v : daily) {
        cum += v;
        peak = Math.max(peak, cum);
        dd = Math.max(dd, peak - cum);
        worst = Math.min(worst, v);
      }
      return new Trading(sum, bound, bound > 0 ? sum / bound : Double.NaN, sd > 0 ? mean / sd * Math.sqrt(365) : 0,
          dd, daily.isEmpty() ? 0 : worst, positionHours == 0 ? Double.NaN : hitHours / (double) positionHours,
          positionHours == 0 ? 0 : absPosition / Math.max(1, daily.size() * 24.0), List.copyOf(daily));
    }
  }

  /** One forecaster's scores over the period. */
  public record Row(String forecaster, String lastModelId, int days, int hours, double maeSpread, double maeClearing,
      double pinballSpread, double signHitRate, Trading signRule, Optional<Trading> ev, double seconds) {}

  /** Progress of one forecaster (for the command's log). */
  public record Progress(String forecaster, LocalDate day, int done, int total, double seconds) {}

  private final GridConnection grid;
  private final Optional<EvStrategy> ev;
  private final Consumer<Progress> progress;

  public SpreadEvaluation(GridConnection grid, Optional<EvStrategy> ev, Consumer<Progress> progress) {
    this.grid = grid;
    this.ev = ev;
    this.progress = progress;
  }

  public Row run(SpreadForecaster forecaster, PriceHistory history, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("evaluation period ends (" + to + ") before it starts (" + from + ")");
    }
    MarketDay first = MarketDay.of(from);
    MarketDay last = MarketDay.of(to);
    PriceGrid actual = PriceGrid.of(history, first, last, Instant.MAX);
    long t0 = System.nanoTime();
    int total = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    double absS = 0;
    double absP = 0;
    double pinball = 0;
    int hours = 0;
    int hits = 0;
    int signed = 0;
    double bound = 0;
    List<Double> signDaily = new ArrayList<>();
    List<Double> evDaily = new ArrayList<>();
    List<TrackRecord.DailyValue> evRecord = new ArrayList<>();
    int evHits = 0;
    int evPositions = 0;
    double evAbs = 0;
    double signAbs = 0;
    String lastId = "";
    int days = 0;
    for (int d = 0; d < total; d++) {
      MarketDay day = first.plusDays(d);
      boolean any = false;
      for (int h = 0; h < HourId.LAST; h++) {
        any |= !Double.isNaN(actual.spread(d, h));
      }
      if (!any) {
        progress.accept(new Progress(forecaster.id(), day.date(), d + 1, total, (System.nanoTime() - t0) / 1e9));
        continue;
      }
      Instant asOf = day.gateClosure().minus(AS_OF_BEFORE_GATE);
      SpreadForecast f = forecaster.forecast(day, CausalViews.prices(history, asOf), asOf);
      lastId = f.modelId();
      days++;
      double signDay = 0;
      for (int h = 0; h < HourId.LAST; h++) {
        double s = actual.spread(d, h);
        if (Double.isNaN(s)) {
          continue;
        }
        HourSpreadForecast hf = f.hours().get(h);
        double m = hf.meanSpreadGbpPerMWh();
        hours++;
        absS += Math.abs(s - m);
        absP += Math.abs(actual.clearing(d, h) - hf.meanClearingGbpPerMWh());
        double pl = 0;
        for (double level : PINBALL_LEVELS) {
          double q = hf.spreadQuantile(level);
          pl += s >= q ? level * (s - q) : (1 - level) * (q - s);
        }
        pinball += pl / PINBALL_LEVELS.length;
        bound += Math.abs(s) * grid.exportCapacityMW();
        if (m != 0) {
          signed++;
          hits += Math.signum(m) == Math.signum(s) ? 1 : 0;
          double q = m > 0 ? grid.exportCapacityMW() : -grid.importCapacityMW();
          signDay += q * s;
          signAbs += Math.abs(q);
        }
      }
      signDaily.add(signDay);
      if (ev.isPresent()) {
        BiddingContext c = context(day, f).withTrackRecord(new TrackRecord(evRecord).knownFor(day));
        double evDay = 0;
        for (Order o : ev.get().orders(c).orders()) {
          int h = o.hour().index();
          double s = actual.spread(d, h);
          double p = actual.clearing(d, h);
          if (Double.isNaN(s) || !o.fillsAt(p)) {
            continue;
          }
          evDay += o.signedVolumeMWh() * s;
          evPositions++;
          evAbs += o.volumeMWh();
          evHits += Math.signum(o.signedVolumeMWh()) == Math.signum(s) ? 1 : 0;
        }
        evDaily.add(evDay);
        evRecord.add(new TrackRecord.DailyValue(day, evDay));
      }
      progress.accept(new Progress(forecaster.id(), day.date(), d + 1, total, (System.nanoTime() - t0) / 1e9));
    }
    if (hours == 0) {
      throw new IllegalArgumentException("no hour of " + from + ".." + to + " has both a clearing and an imbalance"
          + " price to score");
    }
    Trading sign = Trading.of(signDaily, bound, hits, signed, signAbs);
    Optional<Trading> evTrading = ev.isPresent() ? Optional.of(Trading.of(evDaily, bound, evHits, evPositions, evAbs))
        : Optional.empty();
    return new Row(forecaster.id(), lastId, days, hours, absS / hours, absP / hours, pinball / hours,
        hits / (double) Math.max(1, signed), sign, evTrading, (System.nanoTime() - t0) / 1e9);
  }

  /** A price-only bidding context: no site energy, the spread forecast's clearing prices as the price forecast. */
  BiddingContext context(MarketDay day, SpreadForecast f) {
    List<EnergyInterval> none = new ArrayList<>();
    for (Interval half : day.halfHours()) {
      none.add(new EnergyInterval(half, 0, 0, 0));
    }
    List<HourPriceForecast> prices = new ArrayList<>();
    for (HourSpreadForecast h : f.hours()) {
      prices.add(new HourPriceForecast(h.hour(), h.meanClearingGbpPerMWh(), List.of(
          new Quantile(0.1, h.clearingQuantile(0.1)), new Quantile(0.5, h.clearingQuantile(0.5)),
          new Quantile(0.9, h.clearingQuantile(0.9)))));
    }
    return new BiddingContext(day, new EnergyForecast(day, none, List.of()), new PriceForecast(day, f.modelId(),
        prices), grid, SpreadEstimate.none(), NetUncertainty.none()).withSpreadForecast(f);
  }
}
