package org.convergence.model.spread;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convergence.core.price.EmpiricalSpreadForecaster;
import org.convergence.core.price.PriceHistory;
import org.convergence.core.price.PriceGrid;
import org.convergence.core.price.SpreadForecast;
import org.convergence.core.price.SpreadForecaster;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.model.file.Provenance;

/**
 * The {@code spread} model as a {@link SpreadForecaster}: regressions (LASSO or Smile gradient boosting, see
 * {@link SpreadHyper}) of the scale-free targets {@code P / level} and {@code S / scale} on the scale-free
 * {@link SpreadFeatures}, plus the trailing prior, with joint empirical residual scenarios ({@link SpreadModel}).
 *
 * <p>Recalibration: a forecast for day D uses the model calibrated at the anchor A, the latest day on or before D
 * whose epoch day is a multiple of {@code recalibrateEveryDays} (absolute dates, so every run and every backtest
 * slice agrees), on the {@code windowDays} days before A with the prices published at
 * {@code min(asOf, A's gate - 30 min)}, never later than the run's own as-of time. A calibration is cached by
 * (anchor, hours of D-1 published, SHA-256 of its data); the same data gives the same model, fitted with Smile's
 * random generator seeded from (model id, anchor).
 *
 * <p>Too little history to calibrate (fewer than {@value #MIN_TRAINING_DAYS} days of rows) falls back to the
 * {@link EmpiricalSpreadForecaster}, under this model's id with a {@code /fallback} suffix.
 */
public final class ModelSpreadForecaster implements SpreadForecaster {
  public static final String FAMILY = "spread";
  /** The as-of time of an anchor's calibration, before its gate. */
  public static final Duration ANCHOR_BEFORE_GATE = Duration.ofMinutes(30);
  static final int MIN_TRAINING_DAYS = 28;
  private static final int CACHE_SIZE = 4;

  private final SpreadHyper hyper;
  private final Map<String, SpreadModel> cache = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, SpreadModel> e) {
      return size() > CACHE_SIZE;
    }
  };
  private final EmpiricalSpreadForecaster fallback = new EmpiricalSpreadForecaster(28);

  /** The shipped spread model: the hyper-parameters chosen on 2021 ({@link SpreadHyper#defaults}), recalibrated weekly. */
  public static ModelSpreadForecaster withDefaults() {
    return new ModelSpreadForecaster(SpreadHyper.defaults());
  }

  public ModelSpreadForecaster(SpreadHyper hyper) {
    this.hyper = hyper;
  }

  public SpreadHyper hyper() {
    return hyper;
  }

  @Override
  public String id() {
    return FAMILY + "-" + hyper.tag();
  }

  /** The calibration anchor of a market day. */
  public MarketDay anchor(MarketDay day) {
    long e = day.date().toEpochDay();
    return MarketDay.of(LocalDate.ofEpochDay(e - Math.floorMod(e, hyper.recalibrateEveryDays())));
  }

  /** Hours of the day before {@code day} whose prices are published at {@code asOf}. */
  static int publishedHoursOfDayBefore(MarketDay day, Instant asOf) {
    int k = 0;
    for (HourId h : HourId.all()) {
      if (SpreadForecaster.isPublished(day.previous().hour(h).end(), asOf)) {
        k = h.value();
      }
    }
    return k;
  }

  @Override
  public SpreadForecast forecast(MarketDay day, PriceHistory history, Instant asOf) {
    SpreadModel model = calibration(day, history, asOf);
    if (model == null) {
      SpreadForecast f = fallback.forecast(day, history, asOf);
      return new SpreadForecast(day, id() + "/fallback-" + fallback.id(), f.hours());
    }
    PriceGrid g = PriceGrid.of(history, day.minusDays(30), day, asOf);
    return model.forecast(g, g.indexOf(day));
  }

  /** The calibration serving {@code day} at {@code asOf}; null when there is too little history. */
  public SpreadModel calibration(MarketDay day, PriceHistory history, Instant asOf) {
    int k = publishedHoursOfDayBefore(day, asOf);
    MarketDay anchor = anchor(day);
    Instant anchorAsOf = anchor.gateClosure().minus(ANCHOR_BEFORE_GATE);
    Instant cutoff = asOf.isBefore(anchorAsOf) ? asOf : anchorAsOf;
    PriceGrid g = PriceGrid.of(history, anchor.minusDays(hyper.windowDays() + 30), anchor, cutoff);
    String sha = g.sha256();
    String key = anchor + "/" + k + "/" + sha;
    synchronized (cache) {
      if (cache.containsKey(key)) {
        return cache.get(key);
      }
    }
    SpreadModel m = fit(g, anchor, k, sha, cutoff);
    synchronized (cache) {
      cache.put(key, m);
    }
    return m;
  }

  private SpreadModel fit(PriceGrid g, MarketDay anchor, int k, String sha, Instant cutoff) {
    int a = g.indexOf(anchor);
    List<double[]> rows = new ArrayList<>();
    List<int[]> at = new ArrayList<>();
    List<Double> scales = new ArrayList<>();
    List<Double> levels = new ArrayList<>();
    for (int d = a - hyper.windowDays(); d <= a; d++) {
      double scale = SpreadFeatures.spreadScale(g, d);
      if (Double.isNaN(scale)) {
        continue;
      }
      for (int h = 0; h < HourId.LAST; h++) {
        double s = g.spread(d, h);
        double p = g.clearing(d, h);
        double level = SpreadFeatures.priceLevel(g, d, h);
        if (Double.isNaN(s) || Double.isNaN(p) || !(level >= SpreadFeatures.MIN_LEVEL_GBP_PER_MWH)) {
          continue;
        }
        double[] x = SpreadFeatures.row(g, d, h, k, scale);
        if (!SpreadFeatures.complete(x)) {
          continue;
        }
        double[] row = Arrays.copyOf(x, x.length + 2);
        row[x.length] = p / level;
        row[x.length + 1] = s / scale;
        rows.add(row);
        at.add(new int[] {d, h});
        scales.add(scale);
        levels.add(level);
      }
    }
    if (rows.size() < MIN_TRAINING_DAYS * HourId.LAST) {
      return null;
    }
    int nf = SpreadFeatures.NAMES.size();
    double[][] all = rows.toArray(double[][]::new);
    double[] medians = new double[nf];
    for (int j = 0; j < nf; j++) {
      double[] col = new double[all.length];
      for (int i = 0; i < all.length; i++) {
        col[i] = all[i][j];
      }
      medians[j] = median(col);
    }
    long seed = 0x9E3779B97F4A7C15L * (anchor.date().toEpochDay() + 1) ^ id().hashCode();
    double[][] x = new double[all.length][];
    double[] yp = new double[all.length];
    double[] ys = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      x[i] = Arrays.copyOf(all[i], nf);
      yp[i] = all[i][nf];
      ys[i] = all[i][nf + 1];
    }
    Regression clearing = Regression.fit(hyper, x, Regression.clip(yp, hyper.clipQuantile()), seed);
    Regression spread = Regression.fit(hyper, x, Regression.clip(ys, hyper.clipQuantile()), seed + 1);
    double w = hyper.trailingPriorWeight();
    // joint residuals (scaled: P over its level, S over its scale) of the most recent training days with 24 hours
    Map<Integer, double[][]> byDay = new LinkedHashMap<>();
    for (int i = 0; i < all.length; i++) {
      double ep = yp[i] - clearing.predict(x[i]);
      double es = ys[i] - SpreadModel.scaledMean(spread, x[i], w);
      double[][] day = byDay.computeIfAbsent(at.get(i)[0], dd -> new double[HourId.LAST][]);
      day[at.get(i)[1]] = new double[] {ep, es};
    }
    List<double[][]> scenarios = new ArrayList<>();
    List<Integer> days = new ArrayList<>(byDay.keySet());
    for (int i = days.size() - 1; i >= 0 && scenarios.size() < hyper.scenarioDays(); i--) {
      double[][] day = byDay.get(days.get(i));
      if (Arrays.stream(day).allMatch(java.util.Objects::nonNull)) {
        scenarios.add(day);
      }
    }
    if (scenarios.isEmpty()) {
      return null;
    }
    centre(scenarios);
    double fillScale = median(scales.stream().mapToDouble(Double::doubleValue).toArray());
    double fillLevel = median(levels.stream().mapToDouble(Double::doubleValue).toArray());
    LocalDate trainFrom = g.day(at.get(0)[0]).date();
    LocalDate trainTo = g.day(at.get(at.size() - 1)[0]).date();
    List<String> features = new ArrayList<>(SpreadFeatures.NAMES);
    features.add("targets: P / p_level (median of the hour over D-15..D-2), S / s_scale (mean |S| over D-29..D-2)");
    Provenance provenance = new Provenance("price history published by " + cutoff, sha, trainFrom, trainTo,
        anchor.date(), cutoff, features, hyper.asMap(), Provenance.currentLibraryVersions(), Map.of(),
        "see docs/price-forecasting.md (evaluate spread)");
    String modelId = id() + "@" + anchor + "[" + trainFrom + ".." + trainTo + "]";
    return new SpreadModel(modelId, clearing, spread, w, medians, fillScale, fillLevel,
        scenarios.toArray(double[][][]::new), k, provenance);
  }

  /**
   * Removes each hour's mean residual (of P and of S) across the scenarios, so the scenario mean is the regressions'
   * forecast: the recent residual bias would otherwise act as one more, unchosen, trailing signal.
   */
  private static void centre(List<double[][]> scenarios) {
    for (int h = 0; h < HourId.LAST; h++) {
      for (int j = 0; j < 2; j++) {
        double m = 0;
        for (double[][] day : scenarios) {
          m += day[h][j];
        }
        m /= scenarios.size();
        for (double[][] day : scenarios) {
          day[h][j] -= m;
        }
      }
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

}
