package org.convergence.model.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The network's arithmetic: the forward pass by hand and the gradient against finite differences. */
class MlpTest {
  @Test
  void theForwardPassIsReluHiddenUnitsAndLinearOutputs() {
    Mlp net = new Mlp(new int[] {2, 2, 1});
    // layer 0: W [[1, -1], [2, 0.5]], b [0, -1]; layer 1: W [[3, -2]], b [0.5]
    double[] p = {1, -1, 2, 0.5, 0, -1, 3, -2, 0.5};
    assertThat(net.parameters()).isEqualTo(9);
    // x = (1, 2): hidden (1 - 2, 2 + 1 - 1) = relu(-1, 2) = (0, 2); out = -4 + 0.5
    assertThat(net.forward(p, new double[] {1, 2}, net.work())[0]).isEqualTo(-3.5);
  }

  @Test
  void theSkipMapAddsALinearFunctionOfTheInputs() {
    Mlp net = new Mlp(new int[] {2, 2, 1}, true);
    double[] p = {1, -1, 2, 0.5, 0, -1, 3, -2, 0.5, 0.25, -1};
    assertThat(net.parameters()).isEqualTo(11);
    assertThat(net.forward(p, new double[] {1, 2}, net.work())[0]).isEqualTo(-3.5 + 0.25 - 2);
  }

  @Test
  void theGradientOfTheAbsoluteErrorMatchesFiniteDifferences() {
    gradientCheck(new Mlp(new int[] {4, 5, 3, 2}));
    gradientCheck(new Mlp(new int[] {4, 5, 2}, true));
  }

  private static void gradientCheck(Mlp net) {
    SplittableRandom r = new SplittableRandom(3);
    double[] p = net.initialParameters(r);
    for (int k = 0; k < p.length; k++) {
      p[k] += 0.1 * (r.nextDouble() - 0.5); // non-zero biases
    }
    double[] x = {0.3, -1.2, 0.8, 0.1};
    double[] y = {5, -5}; // far from the outputs: the signs do not flip under a small step
    double[] grad = new double[net.parameters()];
    net.absoluteErrorGradient(p, x, y, 1, grad, net.work());
    double h = 1e-6;
    for (int k = 0; k < p.length; k++) {
      double[] plus = p.clone();
      double[] minus = p.clone();
      plus[k] += h;
      minus[k] -= h;
      double numeric = (loss(net, plus, x, y) - loss(net, minus, x, y)) / (2 * h);
      assertThat(grad[k]).as("parameter %d", k).isCloseTo(numeric, within(1e-5));
    }
  }

  private static double loss(Mlp net, double[] p, double[] x, double[] y) {
    double[] out = net.forward(p, x, net.work());
    double s = 0;
    for (int o = 0; o < out.length; o++) {
      s += Math.abs(out[o] - y[o]);
    }
    return s;
  }
}
