package org.convergence.model.lasso;

/**
 * LASSO with the penalty chosen by the Akaike information criterion along a regularisation path, solved exactly by
 * LARS-lasso homotopy ({@link LassoHomotopy}, the default {@link Options#homotopyGrid()}) or by covariance ("Gram")
 * coordinate descent with warm starts ({@link Method#DESCENT}, the previous solver, kept as the reference the tests
 * compare with).
 *
 * <p><b>Why not Smile's {@code smile.regression.LASSO}:</b> it fits one model for one fixed lambda (an
 * interior-point method on the data matrix) and exposes no path, no warm start and no degrees of freedom. LEAR
 * needs, for each of 24 hours, every day, the AIC over the whole lambda path. Here the 24 hourly problems of one day
 * share one design matrix, so its Gram matrix {@code X'X} is computed once and each path step costs O(p k) (k active
 * variables) instead of O(n p).
 *
 * <p>The procedure reproduces epftoolbox's {@code LassoLarsIC(criterion='aic')} then {@code Lasso(alpha)} as run
 * for the published LEAR results (scikit-learn before 1.2, where {@code LassoLarsIC} normalised the centred columns
 * to unit Euclidean norm and {@code Lasso} did not):
 *
 * <ol>
 *   <li>on the centred design with unit-norm columns, the AIC {@code n * RSS / (y'y) + 2 * df} (scikit-learn's
 *       pre-1.1 formula {@code n*mse/var(y) + 2*df}, {@code df} = number of non-zero coefficients) along the path
 *       from {@code alpha_max = max|X'y|/n} at the points of a geometric grid of 100 alphas down to
 *       {@code 1e-4 alpha_max} (or at the homotopy's knots, as LARS, with {@link Method#HOMOTOPY}); keep the alpha
 *       of the smallest AIC (the first on ties, i.e. the sparser model). The path stops at {@code df >= n - 1} (as
 *       LARS) or once {@code 2 df} exceeds the best AIC (no smaller alpha can win);
 *   <li>refit at that alpha on the centred but not normalised design, minimising
 *       {@code (1/2n)||y - b0 - Xb||^2 + alpha*||b||_1}: exactly, by a second homotopy, then checked by one descent
 *       sweep against scikit-learn's stopping rule (duality gap below {@code tol * y'y}). scikit-learn's own refit
 *       stops at 2 500 sweeps, often before the optimum; the exact refit moves NP 2017-06-01..28 MAE from 1.312
 *       (capped cyclic descent) to 1.3175 (+0.4 %).
 * </ol>
 */
public final class LassoAicPath {
  /**
   * Path and solver settings. {@link #defaults()} is the capped-descent reference; the solver LEAR runs (the
   * no-argument {@link LassoAicPath#LassoAicPath()}) is {@link #homotopyGrid()}.
   *
   * @param gridPoints alphas on the path, geometric from alpha_max down to {@code minRatio * alpha_max}
   * @param minRatio the smallest alpha on the grid, as a share of alpha_max
   * @param maxSweeps sweep cap of the refit (scikit-learn's {@code max_iter}, 2500 in epftoolbox)
   * @param pathMaxSweeps sweep cap at each path point (the path only serves the AIC)
   * @param pathTol duality-gap tolerance at each path point, as a share of {@code y'y}
   * @param refitTol duality-gap tolerance of the refit, as a share of {@code y'y}
   * @param patience stop the path after this many points without a better AIC (0: never)
   * @param method how the path and the refit are solved ({@code maxSweeps} caps the homotopy's knots too)
   */
  public record Options(int gridPoints, double minRatio, int maxSweeps, int pathMaxSweeps, double pathTol,
      double refitTol, int patience, Method method) {
    public static Options defaults() {
      return new Options(100, 1e-4, 2500, 2500, 1e-4, 1e-4, 0, Method.DESCENT);
    }

    /** Faster: the path stops 20 points (a factor 6 in alpha) after the best AIC, at most 300 sweeps a point. */
    public static Options fast() {
      return new Options(100, 1e-4, 2500, 300, 1e-4, 1e-4, 20, Method.DESCENT);
    }

    /** Exact path and refit by homotopy ({@link Method#HOMOTOPY}); grid and sweep settings serve the polish only. */
    public static Options homotopy() {
      return new Options(100, 1e-4, 2500, 2500, 1e-4, 1e-4, 0, Method.HOMOTOPY);
    }

    /** Exact path and refit by homotopy, the AIC at the grid's alphas ({@link Method#HOMOTOPY_GRID}). */
    public static Options homotopyGrid() {
      return new Options(100, 1e-4, 2500, 2500, 1e-4, 1e-4, 0, Method.HOMOTOPY_GRID);
    }
  }

  /** How the path and the refit are solved. */
  public enum Method {
    /** Coordinate descent on a geometric alpha grid, warm-started, refit capped at {@code maxSweeps} sweeps. */
    DESCENT,
    /** LARS-lasso homotopy: AIC at the path's knots (as LassoLarsIC), exact refit by a second homotopy. */
    HOMOTOPY,
    /** As {@link #HOMOTOPY}, the AIC on the exact path at the geometric grid's alphas (as {@link #DESCENT}). */
    HOMOTOPY_GRID
  }

  /** The chosen alpha, the refit coefficients (in the original scale of X) and intercept. */
  public record Fit(double alpha, double intercept, double[] coefficients, int nonZero, double aic) {
    public double predict(double[] x) {
      double s = intercept;
      for (int j = 0; j < x.length; j++) {
        if (coefficients[j] != 0) {
          s += coefficients[j] * x[j];
        }
      }
      return s;
    }
  }

  private final Options options;

  public LassoAicPath(Options options) {
    this.options = options;
  }

  public LassoAicPath() {
    this(Options.homotopyGrid());
  }

  /**
   * The sufficient statistics of one design matrix, shared by every response fitted on it: column means and the
   * centred Gram matrix, raw (the refit's) and of the unit-norm columns (the path's).
   *
   * <p>With sample weights {@code w_i > 0} (frequency weights: weight 2 is the row twice) the means are weighted,
   * each centred row is scaled by {@code sqrt(w_i)} (so the Gram matrix is {@code sum w_i x_i x_i'}) and the sample
   * count the criterion and the penalty see is {@link #weightSum()}, {@code sum w_i}; see {@link LassoAicPath#fit}.
   * Unweighted (or all weights 1) it is the plain design, bit for bit.
   */
  public static final class Design {
    final int n;
    final int p;
    final double[] mean;
    final double[] gram; // row-major p x p, centred
    final double[][] columns; // centred, scaled by sqrt(weight), column-major
    final double[] norm;
    final double[] unitGram; // the Gram matrix of the unit-norm columns (the path's)
    final double[] weight; // w_i, or null when unweighted
    final double[] rootWeight; // sqrt(w_i), or null when unweighted
    final double weightSum; // sum of the weights (n when unweighted)

    public Design(double[][] rows) {
      this(rows, null);
    }

    /**
     * @param weights one positive finite weight per row, or null for none (every row 1)
     * @throws IllegalArgumentException for fewer than 2 rows, or a weight that is not positive and finite
     */
    public Design(double[][] rows, double[] weights) {
      n = rows.length;
      p = n == 0 ? 0 : rows[0].length;
      if (n < 2) {
        throw new IllegalArgumentException("need at least 2 samples, have " + n);
      }
      if (weights != null) {
        if (weights.length != n) {
          throw new IllegalArgumentException(weights.length + " sample weights for " + n + " rows");
        }
        weight = weights.clone();
        rootWeight = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
          if (!(weights[i] > 0) || Double.isInfinite(weights[i])) {
            throw new IllegalArgumentException("sample weight " + weights[i] + " of row " + i
                + " is not positive and finite");
          }
          rootWeight[i] = Math.sqrt(weights[i]);
          sum += weights[i];
        }
        weightSum = sum;
      } else {
        weight = null;
        rootWeight = null;
        weightSum = n;
      }
      mean = new double[p];
      for (int i = 0; i < n; i++) {
        double[] r = rows[i];
        double wi = weights == null ? 1 : weights[i];
        for (int j = 0; j < p; j++) {
          mean[j] += wi * r[j];
        }
      }
      for (int j = 0; j < p; j++) {
        mean[j] /= weightSum;
      }
      columns = new double[p][n];
      for (int i = 0; i < n; i++) {
        double si = rootWeight == null ? 1 : rootWeight[i];
        for (int j = 0; j < p; j++) {
          columns[j][i] = si * (rows[i][j] - mean[j]);
        }
      }
      // rank-one updates row by row (vectorisable, no floating-point reduction), upper triangle, then mirrored
      gram = new double[p * p];
      double[] row = new double[p];
      for (int i = 0; i < n; i++) {
        double si = rootWeight == null ? 1 : rootWeight[i];
        for (int j = 0; j < p; j++) {
          row[j] = si * (rows[i][j] - mean[j]);
        }
        for (int a = 0; a < p; a++) {
          double xa = row[a];
          if (xa != 0) {
            int base = a * p;
            for (int b = a; b < p; b++) {
              gram[base + b] += xa * row[b];
            }
          }
        }
      }
      for (int a = 0; a < p; a++) {
        for (int b = a + 1; b < p; b++) {
          gram[b * p + a] = gram[a * p + b];
        }
      }
      norm = new double[p];
      for (int j = 0; j < p; j++) {
        norm[j] = Math.sqrt(gram[j * p + j]);
      }
      unitGram = new double[p * p];
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          unitGram[a * p + b] = (norm[a] > 0 && norm[b] > 0) ? gram[a * p + b] / (norm[a] * norm[b]) : 0;
        }
      }
    }

    public int samples() {
      return n;
    }

    public int features() {
      return p;
    }

    /** The sum of the sample weights: the sample count of the criterion and the penalty ({@code n} unweighted). */
    public double weightSum() {
      return weightSum;
    }
  }

  /**
   * AIC path then refit, for the response {@code y} (one value per row of the design).
   *
   * <p>With sample weights (a weighted {@link Design}) this is the same procedure on the rows scaled by
   * {@code sqrt(w_i)} after weighted centring: it minimises {@code (1/2W) sum w_i (y_i - b0 - x_i b)^2 +
   * alpha ||b||_1} with {@code W = sum w_i}, and the criterion is {@code W * RSS_w / yy_w + 2 df} (weighted residual
   * and total sums of squares). {@code W} is the effective sample count in both: the frequency-weight reading, under
   * which a row of weight 2 is exactly that row twice (tested), the noise variance still the (weighted) variance of
   * {@code y} as in the unweighted criterion. The path's cap on active variables stays the number of rows (the rank
   * of the design does not grow with the weights).
   */
  public Fit fit(Design d, double[] y) {
    int n = d.n;
    int p = d.p;
    double nEff = d.weightSum;
    if (y.length != n) {
      throw new IllegalArgumentException("response has " + y.length + " values, design " + n + " rows");
    }
    double ymean = 0;
    if (d.weight == null) {
      for (double v : y) {
        ymean += v;
      }
    } else {
      for (int i = 0; i < n; i++) {
        ymean += d.weight[i] * y[i];
      }
    }
    ymean /= nEff;
    double[] yc = new double[n]; // centred, scaled by sqrt(weight)
    double yy = 0;
    double[] c = new double[p];
    for (int i = 0; i < n; i++) {
      yc[i] = d.rootWeight == null ? y[i] - ymean : d.rootWeight[i] * (y[i] - ymean);
      yy += yc[i] * yc[i];
    }
    for (int j = 0; j < p; j++) {
      double[] col = d.columns[j];
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += col[i] * yc[i];
      }
      c[j] = s;
    }
    double[] zeros = new double[p];
    if (yy <= 0) {
      return new Fit(0, ymean, zeros, 0, nEff);
    }
    if (options.method() != Method.DESCENT) {
      return fitByHomotopy(d, c, yy, ymean);
    }
    // 1. path on the unit-norm design
    double[] gn = d.unitGram;
    double[] cn = new double[p];
    double cmax = 0;
    for (int a = 0; a < p; a++) {
      cn[a] = d.norm[a] > 0 ? c[a] / d.norm[a] : 0;
      cmax = Math.max(cmax, Math.abs(cn[a]));
    }
    double alphaMax = cmax / nEff;
    double bestAic = nEff; // the empty model: RSS = y'y, df = 0
    double bestAlpha = alphaMax;
    int bestStep = 0;
    double[] b = new double[p];
    double[] bBest = new double[p];
    double[] r = c.clone(); // r = cn - Gn b, start b = 0
    System.arraycopy(cn, 0, r, 0, p);
    int k = options.gridPoints();
    double ratio = Math.pow(options.minRatio(), 1.0 / (k - 1));
    double alpha = alphaMax;
    for (int step = 1; step < k; step++) {
      alpha *= ratio;
      descend(gn, cn, p, yy, nEff * alpha, b, r, options.pathMaxSweeps(), options.pathTol());
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
      double aic = nEff * rss / yy + 2.0 * df;
      if (aic < bestAic) {
        bestAic = aic;
        bestAlpha = alpha;
        bestStep = step;
        System.arraycopy(b, 0, bBest, 0, p);
      }
      if (options.patience() > 0 && step - bestStep >= options.patience()) {
        break;
      }
      if (df >= n - 1 || 2.0 * df >= bestAic) {
        break; // smaller alphas cannot win: AIC >= 2*df (LARS also stops at n-1 active variables)
      }
    }
    // 2. refit on the unnormalised design
    // warm start from the AIC model, in the original scale (its support is where the refit's large weights are)
    double[] w = new double[p];
    double[] rr = c.clone();
    for (int j = 0; j < p; j++) {
      if (bBest[j] != 0 && d.norm[j] > 0) {
        w[j] = bBest[j] / d.norm[j];
        int row = j * p;
        for (int m = 0; m < p; m++) {
          rr[m] -= w[j] * d.gram[row + m];
        }
      }
    }
    descend(d.gram, c, p, yy, nEff * bestAlpha, w, rr, options.maxSweeps(), options.refitTol());
    double intercept = ymean;
    int nz = 0;
    for (int j = 0; j < p; j++) {
      if (w[j] != 0) {
        intercept -= w[j] * d.mean[j];
        nz++;
      }
    }
    return new Fit(bestAlpha, intercept, w, nz, bestAic);
  }

  /**
   * The AIC at every knot of the exact path on the unit-norm design (as LassoLarsIC), then the exact refit at the
   * chosen alpha by a second homotopy on the raw design, polished (and checked) by the descent's duality gap.
   */
  private Fit fitByHomotopy(Design d, double[] c, double yy, double ymean) {
    int n = d.n;
    int p = d.p;
    double nEff = d.weightSum;
    double[] cn = new double[p];
    for (int a = 0; a < p; a++) {
      cn[a] = d.norm[a] > 0 ? c[a] / d.norm[a] : 0;
    }
    double[] b = new double[p];
    double[] r = new double[p];
    double[] bBest = new double[p];
    double[] best = {nEff, Double.NaN}; // AIC, lambda
    double lambdaMax = LassoHomotopy.path(d.unitGram, cn, p, Double.POSITIVE_INFINITY, 0, n, b, r,
        (l, w, rho, df) -> true);
    best[1] = lambdaMax;
    if (options.method() == Method.HOMOTOPY) {
      LassoHomotopy.path(d.unitGram, cn, p, 0, options.maxSweeps(), n - 1, b, r, (lambda, w, rho, df) -> {
        double aic = aic(nEff, yy, cn, w, rho, df);
        if (aic < best[0]) {
          best[0] = aic;
          best[1] = lambda;
          System.arraycopy(w, 0, bBest, 0, p);
        }
        // smaller alphas cannot win once AIC >= 2*df exceeds the best (LARS also stops at n-1 active variables)
        return df < n - 1 && 2.0 * df < best[0];
      });
    } else {
      // the exact solution at each grid alpha: linear between the knots that bracket it
      double ratio = Math.pow(options.minRatio(), 1.0 / (options.gridPoints() - 1));
      double[] prevW = new double[p];
      double[] prevRho = cn.clone();
      double[] prevLambda = {lambdaMax};
      double[] next = {lambdaMax * ratio};
      int[] step = {1};
      double[] wg = new double[p];
      double[] rg = new double[p];
      LassoHomotopy.path(d.unitGram, cn, p, 0, options.maxSweeps(), n - 1, b, r, (lambda, w, rho, df) -> {
        int dfMax = 0;
        while (step[0] < options.gridPoints() && next[0] >= lambda) {
          double t = (prevLambda[0] - next[0]) / (prevLambda[0] - lambda);
          int dfg = 0;
          for (int j = 0; j < p; j++) {
            wg[j] = prevW[j] + t * (w[j] - prevW[j]);
            rg[j] = prevRho[j] + t * (rho[j] - prevRho[j]);
            if ((prevW[j] != 0 || w[j] != 0) && Math.abs(wg[j]) > Math.ulp(1.0)) {
              dfg++;
            }
          }
          double aic = aic(nEff, yy, cn, wg, rg, dfg);
          if (aic < best[0]) {
            best[0] = aic;
            best[1] = next[0];
            System.arraycopy(wg, 0, bBest, 0, p);
          }
          dfMax = Math.max(dfMax, dfg);
          next[0] *= ratio;
          step[0]++;
        }
        System.arraycopy(w, 0, prevW, 0, p);
        System.arraycopy(rho, 0, prevRho, 0, p);
        prevLambda[0] = lambda;
        return step[0] < options.gridPoints() && df < n - 1 && 2.0 * Math.max(df, dfMax) < best[0];
      });
    }
    double bestAlpha = best[1] / nEff;
    double[] w = new double[p];
    double[] rr = new double[p];
    double l1 = nEff * bestAlpha;
    LassoHomotopy.path(d.gram, c, p, l1, 100 * p, n, w, rr, (lambda, ww, rho, df) -> true);
    descend(d.gram, c, p, yy, l1, w, rr, options.maxSweeps(), options.refitTol());
    double intercept = ymean;
    int nz = 0;
    for (int j = 0; j < p; j++) {
      if (w[j] != 0) {
        intercept -= w[j] * d.mean[j];
        nz++;
      }
    }
    return new Fit(bestAlpha, intercept, w, nz, best[0]);
  }

  private static double aic(double n, double yy, double[] c, double[] w, double[] rho, int df) {
    double wc = 0;
    double wr = 0;
    for (int j = 0; j < w.length; j++) {
      if (w[j] != 0) {
        wc += w[j] * c[j];
        wr += w[j] * rho[j];
      }
    }
    return n * Math.max(0, yy - wc - wr) / yy + 2.0 * df;
  }

  /**
   * Coordinate descent on {@code 0.5*(y'y - 2 w'c + w'Gw) + l1*||w||_1}, keeping {@code r = c - G w}, with
   * active-set iterations: a full sweep over every coordinate (which also checks the optimality of the zero ones),
   * then sweeps over the non-zero coordinates only, on their compact sub-Gram matrix (O(k) per update instead of
   * O(p)), until their largest update is below {@code tol} times the largest coefficient; then {@code r} is
   * recomputed in full and the next full sweep follows. Stops, as scikit-learn's {@code enet_coordinate_descent},
   * when the duality gap (checked after each full sweep) is below {@code tol * y'y}, or after {@code maxSweeps}
   * sweeps of either kind.
   *
   * @return sweeps used
   */
  static int descend(double[] g, double[] c, int p, double yy, double l1, double[] w, double[] r, int maxSweeps,
      double tol) {
    double gapTol = tol * yy;
    int[] active = new int[p];
    double[] gA = null;
    double[] rA = new double[p];
    double[] wA = new double[p];
    int sweeps = 0;
    while (sweeps < maxSweeps) {
      for (int j = 0; j < p; j++) {
        double gjj = g[j * p + j];
        if (gjj <= 0) {
          continue;
        }
        double old = w[j];
        double z = r[j] + gjj * old;
        double nw = softThreshold(z, l1, gjj);
        double delta = nw - old;
        if (delta != 0) {
          w[j] = nw;
          int row = j * p;
          for (int m = 0; m < p; m++) {
            r[m] -= delta * g[row + m];
          }
        }
      }
      sweeps++;
      if (dualityGap(c, p, yy, l1, w, r) < gapTol) {
        return sweeps;
      }
      int k = 0;
      for (int j = 0; j < p; j++) {
        if (w[j] != 0) {
          active[k++] = j;
        }
      }
      if (k == 0 || sweeps >= maxSweeps) {
        continue;
      }
      if (gA == null || gA.length < k * k) {
        gA = new double[Math.max(k * k, 64)];
      }
      for (int a = 0; a < k; a++) {
        int row = active[a] * p;
        for (int b = 0; b < k; b++) {
          gA[a * k + b] = g[row + active[b]];
        }
        rA[a] = r[active[a]];
        wA[a] = w[active[a]];
      }
      while (sweeps < maxSweeps) {
        double maxDelta = 0;
        double maxW = 0;
        for (int a = 0; a < k; a++) {
          double gjj = gA[a * k + a];
          double old = wA[a];
          double z = rA[a] + gjj * old;
          double nw = softThreshold(z, l1, gjj);
          double delta = nw - old;
          if (delta != 0) {
            wA[a] = nw;
            int row = a * k;
            for (int b = 0; b < k; b++) {
              rA[b] -= delta * gA[row + b];
            }
            maxDelta = Math.max(maxDelta, Math.abs(delta));
          }
          maxW = Math.max(maxW, Math.abs(nw));
        }
        sweeps++;
        if (maxW == 0 || maxDelta <= tol * maxW) {
          break;
        }
      }
      // back to the full problem: r = c - G w
      for (int a = 0; a < k; a++) {
        w[active[a]] = wA[a];
      }
      System.arraycopy(c, 0, r, 0, p);
      for (int a = 0; a < k; a++) {
        double wj = wA[a];
        if (wj != 0) {
          int row = active[a] * p;
          for (int m = 0; m < p; m++) {
            r[m] -= wj * g[row + m];
          }
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

  /** The coordinate-descent update of one weight: {@code z} shrunk towards 0 by {@code l1}, over {@code gjj}. */
  private static double softThreshold(double z, double l1, double gjj) {
    return z > l1 ? (z - l1) / gjj : (z < -l1 ? (z + l1) / gjj : 0);
  }
}
