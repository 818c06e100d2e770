package org.convergence.model.file;

import java.util.List;

/**
 * A trained price model as stored by the retrain job and loaded by the daily run: JSON (see {@link ModelFiles}).
 * Exactly one of {@code lear}, {@code gbmSerializedBase64} is set, except for the naive models which need neither.
 *
 * @param modelType {@code lear}, {@code gbm}, {@code naive-weekly} or {@code naive-standard}
 * @param availabilityLagDays days between the last known price day and the forecast day (1 EPF, 2 GB)
 * @param residualQuantiles quantile offsets added to the point forecast (point models), may be null
 * @param gbmSerializedBase64 Smile {@code GradientTreeBoost} models, Java-serialised (Smile's own persistence)
 * @param bandWideningGbpPerMWh conformal widening of the 10-90 % band of a model with its own quantiles
 */
public record ModelFile(int formatVersion, String modelType, String modelId, int availabilityLagDays,
    Provenance provenance, List<LearMember> lear, ResidualQuantileOffsets residualQuantiles,
    double[] gbmLevels, String gbmSerializedBase64, double bandWideningGbpPerMWh) {
  public static final int FORMAT_VERSION = 1;

  /** One calibrated LEAR window. Coefficients are sparse: for each hour the non-zero feature indices and values. */
  public record LearMember(int windowDays, java.time.LocalDate trainFrom, java.time.LocalDate trainTo,
      int[] priceLagDays, int[] exogenousLagDays, double[] inputMedian, double[] inputMad, double[] outputMedian,
      double[] outputMad, double[] alphaByHour, double[] interceptByHour, int featureCount,
      int[][] nonZeroIndexByHour, double[][] nonZeroValueByHour, int partialDayHours) {}

  /** {@code offsets[level][hour]} added to the point forecast. */
  public record ResidualQuantileOffsets(double[] levels, double[][] offsets, int memoryDays) {}
}
