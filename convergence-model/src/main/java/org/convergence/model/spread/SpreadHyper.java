package org.convergence.model.spread;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spread model's settings, chosen on 2021 (see docs/price-forecasting.md).
 *
 * @param windowDays calibration window: market days before the anchor whose published prices train the model
 * @param recalibrateEveryDays days between recalibrations; anchors are fixed absolute dates (epoch day multiples)
 * @param scenarioDays the most recent training days whose joint residuals (all 24 hours) become the scenarios
 * @param loss Smile loss of both regressions: {@code ls}, {@code lad} or {@code huber}
 */
public record SpreadHyper(int windowDays, int recalibrateEveryDays, int scenarioDays, String loss, int trees,
    int maxDepth, int maxNodes, int nodeSize, double shrinkage, double subsample) {
  public SpreadHyper {
    if (windowDays < 28 || recalibrateEveryDays < 1 || scenarioDays < 1 || scenarioDays > windowDays) {
      throw new IllegalArgumentException("spread model: window " + windowDays + " d (>= 28), recalibration every "
          + recalibrateEveryDays + " d (>= 1), scenarios " + scenarioDays + " d (1..window)");
    }
    if (!loss.equals("ls") && !loss.equals("lad") && !loss.equals("huber")) {
      throw new IllegalArgumentException("spread model loss must be ls, lad or huber, was '" + loss + "'");
    }
  }

  /** The defaults chosen on 2021. */
  public static SpreadHyper defaults() {
    return new SpreadHyper(182, 7, 56, "huber", 150, 4, 16, 30, 0.05, 0.7);
  }

  public SpreadHyper withWindowDays(int v) {
    return new SpreadHyper(v, recalibrateEveryDays, Math.min(scenarioDays, v), loss, trees, maxDepth, maxNodes,
        nodeSize, shrinkage, subsample);
  }

  public SpreadHyper withLoss(String v) {
    return new SpreadHyper(windowDays, recalibrateEveryDays, scenarioDays, v, trees, maxDepth, maxNodes, nodeSize,
        shrinkage, subsample);
  }

  public SpreadHyper withTrees(int v, double shrink) {
    return new SpreadHyper(windowDays, recalibrateEveryDays, scenarioDays, loss, v, maxDepth, maxNodes, nodeSize,
        shrink, subsample);
  }

  public SpreadHyper withScenarioDays(int v) {
    return new SpreadHyper(windowDays, recalibrateEveryDays, v, loss, trees, maxDepth, maxNodes, nodeSize,
        shrinkage, subsample);
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
    m.put("window_days", windowDays);
    m.put("recalibrate_every_days", recalibrateEveryDays);
    m.put("scenario_days", scenarioDays);
    m.put("loss", loss);
    m.put("trees", trees);
    m.put("max_depth", maxDepth);
    m.put("max_nodes", maxNodes);
    m.put("node_size", nodeSize);
    m.put("shrinkage", shrinkage);
    m.put("subsample", subsample);
    return m;
  }

  /** A short tag for ids: window, recalibration and loss. */
  String tag() {
    return windowDays + "d-every" + recalibrateEveryDays + "d-" + loss + "-" + trees + "t";
  }
}
