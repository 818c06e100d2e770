package org.convergence.model.spread;

import java.util.Arrays;
import org.convergence.model.lasso.LassoAicPath;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;

/** A fitted regression of one target on a feature row. */
interface Regression {
  double predict(double[] x);

  /**
   * Fits {@code y} on {@code x} with the hyper-parameters' regressor; gbm sampling seeded with {@code seed}, and with
   * a bag of {@code hyper.bag()} fits seeded {@code seed, seed + 1, ...}, their predictions averaged.
   */
  static Regression fit(SpreadHyper hyper, double[][] x, double[] y, long seed) {
    if (hyper.regressor().equals("lasso")) {
      LassoAicPath.Fit f = new LassoAicPath().fit(new LassoAicPath.Design(x), y);
      return f::predict;
    }
    int nf = x[0].length;
    String[] names = new String[nf + 1];
    double[][] data = new double[x.length][nf + 1];
    for (int j = 0; j < nf; j++) {
      names[j] = "x" + j;
    }
    names[nf] = "y";
    for (int i = 0; i < x.length; i++) {
      System.arraycopy(x[i], 0, data[i], 0, nf);
      data[i][nf] = y[i];
    }
    DataFrame frame = DataFrame.of(data, names);
    GradientTreeBoost[] bag = new GradientTreeBoost[hyper.bag()];
    synchronized (Regression.class) {
      for (int b = 0; b < bag.length; b++) {
        MathEx.setSeed(seed + b);
        bag[b] = GradientTreeBoost.fit(Formula.lhs("y"), frame, hyper.smileLoss(), hyper.trees(), hyper.maxDepth(),
            hyper.maxNodes(), hyper.nodeSize(), hyper.shrinkage(), hyper.subsample());
      }
    }
    return row -> {
      double s = 0;
      for (GradientTreeBoost m : bag) {
        s += m.predict(Tuple.of(row, m.schema()));
      }
      return s / bag.length;
    };
  }

  /** {@code y} clipped to its {@code q .. 1 - q} quantiles (a copy; {@code q = 0} returns it unchanged). */
  static double[] clip(double[] y, double q) {
    if (q <= 0) {
      return y;
    }
    double[] s = y.clone();
    Arrays.sort(s);
    double lo = s[(int) Math.floor(q * (s.length - 1))];
    double hi = s[(int) Math.ceil((1 - q) * (s.length - 1))];
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = Math.max(lo, Math.min(hi, y[i]));
    }
    return out;
  }
}
