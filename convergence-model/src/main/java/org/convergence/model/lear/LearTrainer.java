package org.convergence.model.lear;

import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.data.DailySeries;
import org.convergence.model.lasso.LassoAicPath;
import org.convergence.model.ltsc.HodrickPrescott;
import org.convergence.model.ltsc.SeasonalLevel;

/**
 * Calibrates one LEAR model on the {@code windowDays} days that end with the last known day (target minus the
 * availability lag), as epftoolbox's {@code recalibrate_and_forecast_next_day}: the first {@code maxLag} days of the
 * window only feed the lags, so a 56-day window has 49 training samples. Hours are fitted in parallel on the given
 * pool (they share one design matrix and its Gram matrix); on the common pool the calling thread fits hours too, so
 * a run on two cores uses both (the common pool has one worker there).
 *
 * <p>With a {@code seasonalFilter} (the seasonal-component variant): the long-term seasonal component of the window
 * ({@link SeasonalLevel}: the filter's trend of the window's daily mean prices, from the window's known prices only)
 * is subtracted from every price the model sees, target and lags, before the same fit; the model adds the
 * component's last value back to its forecast.
 *
 * <p>With a recency half-life {@code h} ({@link #withRecencyHalfLifeDays}): each training day's LASSO sample has the
 * weight {@code 0.5^(age / h)}, {@code age} its days before the window's last known day (that day weight 1), a
 * weighted fit ({@link LassoAicPath.Design#Design(double[][], double[])}: rows scaled by the root of the weight,
 * the criterion's sample count the sum of the weights). The scalers stay unweighted (they only transform).
 */
public final class LearTrainer implements PriceModelTrainer {
  private final int windowDays;
  private final LearFeatures features;
  private final int availabilityLagDays;
  private final LassoAicPath solver;
  private final ForkJoinPool pool;
  private final boolean capToHistory;
  private final HodrickPrescott seasonalFilter;
  private final double recencyHalfLifeDays; // 0: every training day weight 1

  public LearTrainer(int windowDays, LearFeatures features, int availabilityLagDays, LassoAicPath solver,
      ForkJoinPool pool) {
    this(windowDays, features, availabilityLagDays, solver, pool, false);
  }

  /**
   * @param capToHistory when the window reaches back before the data, calibrate on all the known days instead of
   *     refusing (an expanding window until the history is {@code windowDays} long; used where the long windows do
   *     not fit yet, e.g. the validation years before an EPF test period)
   */
  public LearTrainer(int windowDays, LearFeatures features, int availabilityLagDays, LassoAicPath solver,
      ForkJoinPool pool, boolean capToHistory) {
    this(windowDays, features, availabilityLagDays, solver, pool, capToHistory, null);
  }

  /**
   * As above; with a non-null {@code seasonalFilter}, fitted on the prices minus the window's long-term seasonal
   * component (class comment).
   */
  public LearTrainer(int windowDays, LearFeatures features, int availabilityLagDays, LassoAicPath solver,
      ForkJoinPool pool, boolean capToHistory, HodrickPrescott seasonalFilter) {
    if (availabilityLagDays > features.minPriceLag()) {
      throw new IllegalArgumentException("price lags " + java.util.Arrays.toString(features.priceLagDays())
          + " use days not known " + availabilityLagDays + " days ahead");
    }
    if (features.partialDayHours() > 0 && availabilityLagDays != 2) {
      throw new IllegalArgumentException("hours of D-1 as inputs need an availability lag of 2 days, not "
          + availabilityLagDays);
    }
    if (windowDays <= features.maxLag() + 2) {
      throw new IllegalArgumentException("calibration window of " + windowDays + " days is too short");
    }
    this.windowDays = windowDays;
    this.features = features;
    this.availabilityLagDays = availabilityLagDays;
    this.solver = solver;
    this.pool = pool;
    this.capToHistory = capToHistory;
    this.seasonalFilter = seasonalFilter;
    this.recencyHalfLifeDays = 0;
  }

  private LearTrainer(LearTrainer t, double recencyHalfLifeDays) {
    this.windowDays = t.windowDays;
    this.features = t.features;
    this.availabilityLagDays = t.availabilityLagDays;
    this.solver = t.solver;
    this.pool = t.pool;
    this.capToHistory = t.capToHistory;
    this.seasonalFilter = t.seasonalFilter;
    this.recencyHalfLifeDays = recencyHalfLifeDays;
  }

  /**
   * The same recipe with every training day weighted by {@code 0.5^(age / halfLifeDays)} (class comment).
   *
   * @throws IllegalArgumentException unless the half-life is positive and finite
   */
  public LearTrainer withRecencyHalfLifeDays(double halfLifeDays) {
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException("recency half-life of " + halfLifeDays + " days is not positive and finite");
    }
    return new LearTrainer(this, halfLifeDays);
  }

  /** The recency half-life of the sample weights in days, or 0 for unweighted. */
  public double recencyHalfLifeDays() {
    return recencyHalfLifeDays;
  }

  @Override
  public String name() {
    return "lear-" + windowDays + (seasonalFilter == null ? "" : "-ltsc")
        + (recencyHalfLifeDays == 0 ? "" : "-hl" + recencyHalfLifeDays);
  }

  /** The filter of the long-term seasonal component, or null for plain LEAR. */
  public HodrickPrescott seasonalFilter() {
    return seasonalFilter;
  }

  @Override
  public int availabilityLagDays() {
    return availabilityLagDays;
  }

  @Override
  public int partialDayHours() {
    return features.partialDayHours();
  }

  public int windowDays() {
    return windowDays;
  }

  @Override
  public int calibrationWindowDays() {
    return windowDays;
  }

  @Override
  public LearWindowModel train(DailySeries given, LocalDate target) {
    DailySeries known = given;
    int lastKnown = known.indexOf(target) - availabilityLagDays;
    int windowStart = lastKnown - windowDays + 1;
    if (windowStart < 0 && capToHistory) {
      windowStart = 0;
    }
    if (windowStart < 0) {
      throw new IllegalArgumentException(known.name() + ": a " + windowDays + "-day window before " + target
          + " starts " + known.day(windowStart) + ", before the data (" + known.firstDay() + ")");
    }
    SeasonalLevel level = null;
    if (seasonalFilter != null) {
      level = SeasonalLevel.of(known, windowStart, lastKnown, seasonalFilter);
      known = level.subtractFrom(known);
    }
    LearFeatures.Samples samples = features.samples(known, windowStart + features.maxLag(), lastKnown);
    if (samples.size() < 10) {
      throw new IllegalArgumentException(known.name() + ": only " + samples.size() + " complete training days in "
          + "the " + windowDays + "-day window before " + target);
    }
    double[][] x = samples.x();
    double[][] y = samples.y();
    int p = x[0].length;
    RobustAsinhScaler inScaler = RobustAsinhScaler.fit(x, p - LearFeatures.DUMMIES);
    RobustAsinhScaler outScaler = RobustAsinhScaler.fit(y, 24);
    double[][] z = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      z[i] = x[i].clone();
      for (int j = 0; j < p - LearFeatures.DUMMIES; j++) {
        z[i][j] = inScaler.transform(j, x[i][j]);
      }
    }
    double[] weights = null;
    if (recencyHalfLifeDays > 0) {
      weights = new double[z.length];
      for (int i = 0; i < z.length; i++) {
        long age = java.time.temporal.ChronoUnit.DAYS.between(samples.days()[i], known.day(lastKnown));
        weights[i] = Math.pow(0.5, age / recencyHalfLifeDays);
      }
    }
    LassoAicPath.Design design = new LassoAicPath.Design(z, weights);
    LassoAicPath.Fit[] fits = new LassoAicPath.Fit[24];
    Runnable fitAll = () -> IntStream.range(0, 24).parallel().forEach(h -> {
      double[] yh = new double[y.length];
      for (int i = 0; i < y.length; i++) {
        yh[i] = outScaler.transform(h, y[i][h]);
      }
      fits[h] = solver.fit(design, yh);
    });
    if (pool == ForkJoinPool.commonPool()) {
      fitAll.run(); // the caller works beside the common pool's workers (cores - 1 of them): every core fits hours
    } else {
      try {
        pool.submit(fitAll).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while calibrating LEAR", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("LEAR calibration failed: " + e.getCause(), e.getCause());
      }
    }
    double[] alpha = new double[24];
    double[] intercept = new double[24];
    double[][] coef = new double[24][];
    for (int h = 0; h < 24; h++) {
      alpha[h] = fits[h].alpha();
      intercept[h] = fits[h].intercept();
      coef[h] = fits[h].coefficients();
    }
    return new LearWindowModel(windowDays, known.day(windowStart), known.day(lastKnown), features, inScaler,
        outScaler, alpha, intercept, coef, level);
  }
}
