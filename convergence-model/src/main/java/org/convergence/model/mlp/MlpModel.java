package org.convergence.model.mlp;

import java.time.LocalDate;
import java.util.List;
import org.convergence.model.DayForecast;
import org.convergence.model.PriceModel;
import org.convergence.model.data.DailySeries;
import org.convergence.model.lear.LearFeatures;
import org.convergence.model.lear.RobustAsinhScaler;

/**
 * A calibrated MLP price model: LEAR's feature row of the target day, asinh-scaled as in the calibration window, into
 * each member network; each member's 24 outputs scaled back to prices; the point forecast of an hour is the mean over
 * the members.
 */
public final class MlpModel implements PriceModel {
  private final LearFeatures features;
  private final RobustAsinhScaler inputScaler;
  private final RobustAsinhScaler outputScaler;
  private final Mlp network;
  private final double[][] memberParameters;
  private final LocalDate trainTo;

  MlpModel(LearFeatures features, RobustAsinhScaler inputScaler, RobustAsinhScaler outputScaler, Mlp network,
      List<double[]> memberParameters, LocalDate trainTo) {
    this.features = features;
    this.inputScaler = inputScaler;
    this.outputScaler = outputScaler;
    this.network = network;
    this.memberParameters = memberParameters.stream().map(double[]::clone).toArray(double[][]::new);
    this.trainTo = trainTo;
  }

  @Override
  public String id() {
    int[] s = network.sizes();
    StringBuilder shape = new StringBuilder();
    for (int l = 1; l < s.length - 1; l++) {
      shape.append(l > 1 ? "x" : "").append(s[l]);
    }
    return "mlp-" + shape + "x" + memberParameters.length + "@" + trainTo;
  }

  /** The last day of prices the model was calibrated on. */
  public LocalDate trainTo() {
    return trainTo;
  }

  public int members() {
    return memberParameters.length;
  }

  @Override
  public DayForecast forecast(DailySeries known, LocalDate target) {
    double[] x = features.forecastRow(known, target);
    double[] z = inputScaler.transformRow(x);
    double[] point = new double[24];
    Mlp.Work w = network.work();
    for (double[] p : memberParameters) {
      double[] out = network.forward(p, z, w);
      for (int h = 0; h < 24; h++) {
        point[h] += outputScaler.inverse(h, out[h]) / memberParameters.length;
      }
    }
    return DayForecast.pointOnly(target, point);
  }
}
