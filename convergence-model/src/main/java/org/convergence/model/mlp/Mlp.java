package org.convergence.model.mlp;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The shape of a fully connected network and its arithmetic: {@code sizes[0]} inputs, ReLU hidden layers of
 * {@code sizes[1..L-1]} units, {@code sizes[L]} linear outputs; with {@code skip}, also a linear map straight from the
 * inputs to the outputs (a "wide and deep" network: the linear part extrapolates as LEAR does, the hidden layers add
 * the nonlinear rest; its weights after the others'). Its parameters live in one flat array (layer by layer:
 * the weights {@code [out][in]}, then the biases), so that a network's state, gradient and Adam moments are arrays of
 * the same length.
 */
final class Mlp {
  private final int[] sizes;
  private final int[] weightOffset;
  private final int[] biasOffset;
  private final int parameters;
  private final int skipOffset;

  Mlp(int[] sizes) {
    this(sizes, false);
  }

  Mlp(int[] sizes, boolean skip) {
    if (sizes.length < 2) {
      throw new IllegalArgumentException("a network needs inputs and outputs");
    }
    for (int s : sizes) {
      if (s < 1) {
        throw new IllegalArgumentException("layer sizes must be positive: " + Arrays.toString(sizes));
      }
    }
    this.sizes = sizes.clone();
    int layers = sizes.length - 1;
    weightOffset = new int[layers];
    biasOffset = new int[layers];
    int k = 0;
    for (int l = 0; l < layers; l++) {
      weightOffset[l] = k;
      k += sizes[l] * sizes[l + 1];
      biasOffset[l] = k;
      k += sizes[l + 1];
    }
    skipOffset = skip ? k : -1;
    if (skip) {
      k += sizes[0] * sizes[layers];
    }
    parameters = k;
  }

  int[] sizes() {
    return sizes.clone();
  }

  int parameters() {
    return parameters;
  }

  int inputs() {
    return sizes[0];
  }

  int outputs() {
    return sizes[sizes.length - 1];
  }

  /** Which parameters are weights (decayed by L2), not biases. */
  boolean[] weightMask() {
    boolean[] mask = new boolean[parameters];
    for (int l = 0; l < weightOffset.length; l++) {
      Arrays.fill(mask, weightOffset[l], biasOffset[l], true);
    }
    if (skipOffset >= 0) {
      Arrays.fill(mask, skipOffset, parameters, true);
    }
    return mask;
  }

  boolean skip() {
    return skipOffset >= 0;
  }

  /** He-normal weights (variance 2 / fan-in; 1 / fan-in for the linear output layer), zero biases and skip map. */
  double[] initialParameters(SplittableRandom random) {
    double[] p = new double[parameters];
    for (int l = 0; l < weightOffset.length; l++) {
      boolean last = l == weightOffset.length - 1;
      double sd = Math.sqrt((last ? 1.0 : 2.0) / sizes[l]);
      for (int k = weightOffset[l]; k < biasOffset[l]; k++) {
        p[k] = sd * gaussian(random);
      }
    }
    return p;
  }

  /** Working arrays of one forward and backward pass (activations and deltas of every layer). */
  final class Work {
    final double[][] activation = new double[sizes.length][];
    final double[][] delta = new double[sizes.length][];

    Work() {
      for (int l = 0; l < sizes.length; l++) {
        activation[l] = new double[sizes[l]];
        delta[l] = new double[sizes[l]];
      }
    }
  }

  Work work() {
    return new Work();
  }

  /** The outputs for input {@code x} (left in {@code w.activation[L]}, which is returned). */
  double[] forward(double[] p, double[] x, Work w) {
    System.arraycopy(x, 0, w.activation[0], 0, sizes[0]);
    int layers = sizes.length - 1;
    for (int l = 0; l < layers; l++) {
      double[] in = w.activation[l];
      double[] out = w.activation[l + 1];
      int nIn = sizes[l];
      int nOut = sizes[l + 1];
      boolean hidden = l < layers - 1;
      for (int o = 0; o < nOut; o++) {
        int row = weightOffset[l] + o * nIn;
        double s = p[biasOffset[l] + o];
        for (int i = 0; i < nIn; i++) {
          s += p[row + i] * in[i];
        }
        out[o] = hidden && s < 0 ? 0 : s;
      }
    }
    double[] out = w.activation[layers];
    if (skipOffset >= 0) {
      int nIn = sizes[0];
      for (int o = 0; o < out.length; o++) {
        int row = skipOffset + o * nIn;
        double s = 0;
        for (int i = 0; i < nIn; i++) {
          s += p[row + i] * x[i];
        }
        out[o] += s;
      }
    }
    return out;
  }

  /**
   * Adds {@code scale} times the gradient of the absolute error {@code sum_o |f(x)_o - y_o|} to {@code grad} and
   * returns that error.
   */
  double absoluteErrorGradient(double[] p, double[] x, double[] y, double scale, double[] grad, Work w) {
    double[] out = forward(p, x, w);
    int layers = sizes.length - 1;
    double loss = 0;
    double[] d = w.delta[layers];
    for (int o = 0; o < out.length; o++) {
      double e = out[o] - y[o];
      loss += Math.abs(e);
      d[o] = e > 0 ? scale : e < 0 ? -scale : 0;
    }
    if (skipOffset >= 0) {
      int nIn = sizes[0];
      for (int o = 0; o < out.length; o++) {
        if (d[o] != 0) {
          int row = skipOffset + o * nIn;
          for (int i = 0; i < nIn; i++) {
            grad[row + i] += d[o] * x[i];
          }
        }
      }
    }
    for (int l = layers - 1; l >= 0; l--) {
      double[] in = w.activation[l];
      double[] delta = w.delta[l + 1];
      int nIn = sizes[l];
      int nOut = sizes[l + 1];
      double[] back = w.delta[l];
      if (l > 0) {
        Arrays.fill(back, 0);
      }
      for (int o = 0; o < nOut; o++) {
        double dd = delta[o];
        if (dd == 0) {
          continue;
        }
        int row = weightOffset[l] + o * nIn;
        grad[biasOffset[l] + o] += dd;
        for (int i = 0; i < nIn; i++) {
          grad[row + i] += dd * in[i];
        }
        if (l > 0) {
          for (int i = 0; i < nIn; i++) {
            back[i] += p[row + i] * dd;
          }
        }
      }
      if (l > 0) {
        for (int i = 0; i < nIn; i++) {
          if (in[i] <= 0) {
            back[i] = 0; // ReLU: no gradient where the unit was off
          }
        }
      }
    }
    return loss;
  }

  private static double gaussian(SplittableRandom r) {
    // Box-Muller on the seeded generator (java.util.Random's nextGaussian would need another generator type)
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
