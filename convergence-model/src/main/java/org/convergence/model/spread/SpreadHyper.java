package org.convergence.model.spread;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spread model's settings, chosen on 2021 (see docs/price-forecasting.md).
 *
 * @param windowDays calibration window: market days before the anchor whose published prices train the model
 * @param recalibrateEveryDays days between recalibrations; anchors are fixed absolute dates (epoch day multiples)
 * @param scenarioDays the most recent training days whose joint residuals (all 24 hours) become the scenarios
 * @param regressor {@code lasso} (LASSO with AIC-chosen penalty, {@link org.convergence.model.lasso.LassoAicPath}) or
 *     {@code gbm} (Smile gradient-boosted trees with {@code loss} and the tree settings)
 * @param clipQuantile training targets are clipped to their {@code clipQuantile .. 1 - clipQuantile} quantiles in
 *     the window (0 = none), so a few price spikes do not set the mean; the scenarios keep the unclipped residuals
 * @param loss Smile loss of the gbm regressions: {@code ls}, {@code lad} or {@code huber}
 * @param trailingPriorWeight the weight of the trailing prior added to the regression of the scaled spread: the
 *     forecast mean is {@code scale (f(x) + w mean(s_mean7_rel, s_mean14_rel, s_mean28_rel))}, the normalised
 *     signal of the trailing 7/14/28-day rules (0 = the regression alone); the regression is fitted on the scaled
 *     spread itself, the prior is a fixed ensemble beside it
 * @param bag gbm: the number of fits, each with its own seed (consecutive from the calibration's seed), whose
 *     predictions are averaged (1 = one fit); a bag lowers the variance that row subsampling gives a single fit
 */
public record SpreadHyper(String regressor, int windowDays, int recalibrateEveryDays, int scenarioDays,
    double clipQuantile, String loss, int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage,
    double subsample, double trailingPriorWeight, int bag) {
  /** One fit per regression (no bag). */
  public SpreadHyper(String regressor, int windowDays, int recalibrateEveryDays, int scenarioDays,
      double clipQuantile, String loss, int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage,
      double subsample, double trailingPriorWeight) {
    this(regressor, windowDays, recalibrateEveryDays, scenarioDays, clipQuantile, loss, trees, maxDepth, maxNodes,
        nodeSize, shrinkage, subsample, trailingPriorWeight, 1);
  }

  public SpreadHyper {
    if (bag < 1) {
      throw new IllegalArgumentException("spread model bag must be >= 1, was " + bag);
    }
    if (windowDays < 28 || recalibrateEveryDays < 1 || scenarioDays < 1 || scenarioDays > windowDays) {
      throw new IllegalArgumentException("spread model: window " + windowDays + " d (>= 28), recalibration every "
          + recalibrateEveryDays + " d (>= 1), scenarios " + scenarioDays + " d (1..window)");
    }
    if (!regressor.equals("lasso") && !regressor.equals("gbm")) {
      throw new IllegalArgumentException("spread model regressor must be lasso or gbm, was '" + regressor + "'");
    }
    if (!(clipQuantile >= 0 && clipQuantile < 0.5)) {
      throw new IllegalArgumentException("spread model clip quantile must be within [0, 0.5), was " + clipQuantile);
    }
    if (!(trailingPriorWeight >= 0)) {
      throw new IllegalArgumentException("spread model trailing prior weight must be >= 0, was " + trailingPriorWeight);
    }
    if (!loss.equals("ls") && !loss.equals("lad") && !loss.equals("huber")) {
      throw new IllegalArgumentException("spread model loss must be ls, lad or huber, was '" + loss + "'");
    }
  }

  /**
   * The defaults chosen on 2021 only (rolling folds 2021-04..06, 07..09, 10..12; docs/daily-run-and-strategies.md):
   * Huber gradient boosting (100 trees of depth 3, shrinkage 0.05, subsample 0.7) on the scale-free features, a
   * 182-day window recalibrated weekly, targets clipped to their 2..98 % quantiles, trailing prior weight 1.
   */
  public static SpreadHyper defaults() {
    return new SpreadHyper("gbm", 182, 7, 56, 0.02, "huber", 100, 3, 8, 5, 0.05, 0.7, 1.0, 1);
  }

  public SpreadHyper withWindowDays(int v) {
    return new SpreadHyper(regressor, v, recalibrateEveryDays, Math.min(scenarioDays, v), clipQuantile, loss, trees,
        maxDepth, maxNodes, nodeSize, shrinkage, subsample, trailingPriorWeight, bag);
  }

  public SpreadHyper withRegressor(String v) {
    return new SpreadHyper(v, windowDays, recalibrateEveryDays, scenarioDays, clipQuantile, loss, trees, maxDepth,
        maxNodes, nodeSize, shrinkage, subsample, trailingPriorWeight, bag);
  }

  public SpreadHyper withClipQuantile(double v) {
    return new SpreadHyper(regressor, windowDays, recalibrateEveryDays, scenarioDays, v, loss, trees, maxDepth,
        maxNodes, nodeSize, shrinkage, subsample, trailingPriorWeight, bag);
  }

  public SpreadHyper withLoss(String v) {
    return new SpreadHyper(regressor, windowDays, recalibrateEveryDays, scenarioDays, clipQuantile, v, trees,
        maxDepth, maxNodes, nodeSize, shrinkage, subsample, trailingPriorWeight, bag);
  }

  public SpreadHyper withTrees(int v, double shrink) {
    return new SpreadHyper(regressor, windowDays, recalibrateEveryDays, scenarioDays, clipQuantile, loss, v,
        maxDepth, maxNodes, nodeSize, shrink, subsample, trailingPriorWeight, bag);
  }

  public SpreadHyper withScenarioDays(int v) {
    return new SpreadHyper(regressor, windowDays, recalibrateEveryDays, v, clipQuantile, loss, trees, maxDepth,
        maxNodes, nodeSize, shrinkage, subsample, trailingPriorWeight, bag);
  }

  public SpreadHyper withTrailingPriorWeight(double v) {
    return new SpreadHyper(regressor, windowDays, recalibrateEveryDays, scenarioDays, clipQuantile, loss, trees,
        maxDepth, maxNodes, nodeSize, shrinkage, subsample, v, bag);
  }

  public SpreadHyper withBag(int v) {
    return new SpreadHyper(regressor, windowDays, recalibrateEveryDays, scenarioDays, clipQuantile, loss, trees,
        maxDepth, maxNodes, nodeSize, shrinkage, subsample, trailingPriorWeight, v);
  }

  smile.base.cart.Loss smileLoss() {
    return switch (loss) {
      case "lad" -> smile.base.cart.Loss.lad();
      case "huber" -> smile.base.cart.Loss.huber(0.9);
      default -> smile.base.cart.Loss.ls();
    };
  }

  Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("regressor", regressor);
    m.put("window_days", windowDays);
    m.put("clip_quantile", clipQuantile);
    m.put("recalibrate_every_days", recalibrateEveryDays);
    m.put("scenario_days", scenarioDays);
    m.put("loss", loss);
    m.put("trees", trees);
    m.put("max_depth", maxDepth);
    m.put("max_nodes", maxNodes);
    m.put("node_size", nodeSize);
    m.put("shrinkage", shrinkage);
    m.put("subsample", subsample);
    m.put("trailing_prior_weight", trailingPriorWeight);
    m.put("bag", bag);
    return m;
  }

  /** A short tag for ids: window, recalibration and loss. */
  String tag() {
    return regressor + "-" + windowDays + "d-every" + recalibrateEveryDays + "d"
        + (regressor.equals("gbm") ? "-" + loss + "-" + trees + "t" : "")
        + (trailingPriorWeight > 0 ? "-prior" + trailingPriorWeight : "")
        + (regressor.equals("gbm") && bag > 1 ? "-bag" + bag : "");
  }
}
