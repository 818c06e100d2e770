package org.convergence.model;

import java.time.LocalDate;
import org.convergence.model.data.DailySeries;

/** A trained price model: forecasts one market day from the information available before its auction. */
public interface PriceModel {
  String id();

  /**
   * Forecasts {@code target}. {@code known} must hold no price later than {@code target - availabilityLagDays}
   * (see {@link DailySeries#knownUpTo}); exogenous forecasts up to {@code target} may be present.
   */
  DayForecast forecast(DailySeries known, LocalDate target);

  /** Hours of the day after the last complete one its inputs use (see {@link PriceModelTrainer#partialDayHours}). */
  default int partialDayHours() {
    return 0;
  }
}
