package org.convergence.model.lasso;

/**
 * The solver before the speed-up (plain cyclic covariance coordinate descent, full sweeps, gap after each path
 * sweep), kept as the reference that {@link LassoAicPath} must reproduce.
 */
final class CyclicLassoAicPathReference {
  private final LassoAicPath.Options options;

  CyclicLassoAicPathReference(LassoAicPath.Options options) {
    this.options = options;
  }

  CyclicLassoAicPathReference() {
    this(LassoAicPath.Options.fast());
  }

  /** AIC path then refit, for the response {@code y} (one value per row of the design). */
  LassoAicPath.Fit fit(LassoAicPath.Design d, double[] y) {
    int n = d.n;
    int p = d.p;
    if (y.length != n) {
      throw new IllegalArgumentException("response has " + y.length + " values, design " + n + " rows");
    }
    double ymean = 0;
    for (double v : y) {
      ymean += v;
    }
    ymean /= n;
    double yy = 0;
    double[] c = new double[p];
    for (int i = 0; i < n; i++) {
      yy += (y[i] - ymean) * (y[i] - ymean);
    }
    for (int j = 0; j < p; j++) {
      double[] col = d.columns[j];
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += col[i] * (y[i] - ymean);
      }
      c[j] = s;
    }
    double[] zeros = new double[p];
    if (yy <= 0) {
      return new LassoAicPath.Fit(0, ymean, zeros, 0, n);
    }
    // 1. path on the unit-norm design
    double[] gn = new double[p * p];
    double[] cn = new double[p];
    double cmax = 0;
    for (int a = 0; a < p; a++) {
      double sa = d.norm[a] > 0 ? d.norm[a] : 1;
      cn[a] = d.norm[a] > 0 ? c[a] / sa : 0;
      cmax = Math.max(cmax, Math.abs(cn[a]));
      for (int b = 0; b < p; b++) {
        double sb = d.norm[b] > 0 ? d.norm[b] : 1;
        gn[a * p + b] = (d.norm[a] > 0 && d.norm[b] > 0) ? d.gram[a * p + b] / (sa * sb) : 0;
      }
    }
    double alphaMax = cmax / n;
    double bestAic = n; // the empty model: RSS = y'y, df = 0
    double bestAlpha = alphaMax;
    int bestStep = 0;
    double[] b = new double[p];
    double[] r = c.clone(); // r = cn - Gn b, start b = 0
    System.arraycopy(cn, 0, r, 0, p);
    int k = options.gridPoints();
    double ratio = Math.pow(options.minRatio(), 1.0 / (k - 1));
    double alpha = alphaMax;
    for (int step = 1; step < k; step++) {
      alpha *= ratio;
      descend(gn, cn, p, yy, n * alpha, b, r, options.pathMaxSweeps(), options.pathTol(), true);
      double bc = 0;
      double br = 0;
      int df = 0;
      for (int j = 0; j < p; j++) {
        if (b[j] != 0) {
          bc += b[j] * cn[j];
          br += b[j] * r[j];
          if (Math.abs(b[j]) > Math.ulp(1.0)) {
            df++;
          }
        }
      }
      double rss = Math.max(0, yy - bc - br);
      double aic = n * rss / yy + 2.0 * df;
      if (aic < bestAic) {
        bestAic = aic;
        bestAlpha = alpha;
        bestStep = step;
      }
      if (options.patience() > 0 && step - bestStep >= options.patience()) {
        break;
      }
      if (df >= n - 1 || 2.0 * df >= bestAic) {
        break; // smaller alphas cannot win: AIC >= 2*df (LARS also stops at n-1 active variables)
      }
    }
    // 2. refit on the unnormalised design
    double[] w = new double[p];
    double[] rr = c.clone();
    descend(d.gram, c, p, yy, n * bestAlpha, w, rr, options.maxSweeps(), options.refitTol(), false);
    double intercept = ymean;
    int nz = 0;
    for (int j = 0; j < p; j++) {
      if (w[j] != 0) {
        intercept -= w[j] * d.mean[j];
        nz++;
      }
    }
    return new LassoAicPath.Fit(bestAlpha, intercept, w, nz, bestAic);
  }

  /**
   * Cyclic coordinate descent on {@code 0.5*(y'y - 2 w'c + w'Gw) + l1*||w||_1}, keeping {@code r = c - G w}.
   * Stops as scikit-learn's {@code enet_coordinate_descent}: when the largest update is below {@code tol} times
   * the largest coefficient, the duality gap is checked against {@code tol * y'y}.
   *
   * @return sweeps used
   */
  static int descend(double[] g, double[] c, int p, double yy, double l1, double[] w, double[] r, int maxSweeps,
      double tol, boolean gapEverySweep) {
    double gapTol = tol * yy;
    for (int sweep = 0; sweep < maxSweeps; sweep++) {
      double maxDelta = 0;
      double maxW = 0;
      for (int j = 0; j < p; j++) {
        double gjj = g[j * p + j];
        if (gjj <= 0) {
          continue;
        }
        double old = w[j];
        double z = r[j] + gjj * old;
        double nw = z > l1 ? (z - l1) / gjj : (z < -l1 ? (z + l1) / gjj : 0);
        double delta = nw - old;
        if (delta != 0) {
          w[j] = nw;
          int row = j * p;
          for (int m = 0; m < p; m++) {
            r[m] -= delta * g[row + m];
          }
        }
        maxDelta = Math.max(maxDelta, Math.abs(delta));
        maxW = Math.max(maxW, Math.abs(nw));
      }
      if (gapEverySweep || maxW == 0 || maxDelta / maxW < tol || sweep == maxSweeps - 1) {
        if (dualityGap(c, p, yy, l1, w, r) < gapTol) {
          return sweep + 1;
        }
      }
    }
    return maxSweeps;
  }

  /** The duality gap of the Lasso at w (scikit-learn's Gram formulation, no ridge term). */
  static double dualityGap(double[] c, int p, double yy, double l1, double[] w, double[] r) {
    double wc = 0;
    double wr = 0;
    double l1norm = 0;
    double dual = 0;
    for (int j = 0; j < p; j++) {
      wc += w[j] * c[j];
      wr += w[j] * r[j];
      l1norm += Math.abs(w[j]);
      dual = Math.max(dual, Math.abs(r[j]));
    }
    // w'Gw = w'c - w'r
    double rNorm2 = yy + (wc - wr) - 2 * wc;
    double gap;
    double cst;
    if (dual > l1) {
      cst = l1 / dual;
      gap = 0.5 * (rNorm2 + rNorm2 * cst * cst);
    } else {
      cst = 1;
      gap = rNorm2;
    }
    return gap + l1 * l1norm - cst * (yy - wc);
  }
}
