package org.convergence.model;

import java.time.LocalDate;
import org.convergence.model.data.DailySeries;

/** A recipe that (re)calibrates a {@link PriceModel} on the information available before a target day. */
public interface PriceModelTrainer {
  /** Short model name: {@code lear}, {@code gbm}, {@code naive-weekly} ... */
  String name();

  /**
   * Days between the last day whose prices are known at the gate and the forecast day: 1 for the EPF markets (D-1
   * is known when bidding for D), 2 for AIMLAC GB (the gate at D-1 09:00Z precedes most of D-1's delivery).
   */
  int availabilityLagDays();

  /**
   * Hours of the day after the last complete one (D-1 on GB) known when forecasting: its first hours delivered,
   * and so published, by the run's as-of time. 0 = none (the default).
   */
  default int partialDayHours() {
    return 0;
  }

  /**
   * Days of prices its longest calibration window reads before the forecast day (the history a recalibration needs
   * besides the features' lags); 0 for a model that calibrates nothing (the naive ones, the default).
   */
  default int calibrationWindowDays() {
    return 0;
  }

  /** Trains on {@code known} (prices masked after {@code target - availabilityLagDays}) to forecast target. */
  PriceModel train(DailySeries known, LocalDate target);
}
