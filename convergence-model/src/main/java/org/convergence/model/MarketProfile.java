package org.convergence.model;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.convergence.core.price.PublishedPrices;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.model.lear.LearEnsembleTrainer;
import org.convergence.model.lear.LearFeatures;
import org.convergence.model.ltsc.HodrickPrescott;
import org.convergence.model.mlp.MlpTrainer;

/**
 * What a market allows a day-ahead forecaster to know, and the LEAR set-up that follows.
 *
 * @param availabilityLagDays the latest day whose prices are all known when bidding for D is D minus this
 * @param partialDayHours hours of the next day (D-1 on GB) known too: those delivered by the run's as-of time
 * @param learWindowsDays LEAR ensemble calibration windows
 * @param learWideWindowsDays the {@code lear-wide} ensemble's windows (short and long; each capped at the history)
 * @param seasonalFilter the long-term seasonal component of {@code lear-scar} (default {@link #SCAR_FILTER})
 * @param mlpHyper the {@code mlp} recipe's settings (default {@link MlpTrainer.Hyper#defaults()})
 */
public record MarketProfile(String name, int availabilityLagDays, int partialDayHours, LearFeatures learFeatures,
    List<Integer> learWindowsDays, List<Integer> learWideWindowsDays, int gbmWindowDays,
    HodrickPrescott seasonalFilter, MlpTrainer.Hyper mlpHyper) {

  /** The shipped run's clock on D-1 ({@code schedule.run_at} in settings.yaml): 08:30Z, before the 09:00Z gate. */
  public static final LocalTime DEFAULT_GB_AS_OF_UTC = LocalTime.of(8, 30);

  /**
   * The market of a price series as {@code evaluate prices} reads it: AIMLAC GB run at {@code gbAsOfUtc}
   * ({@link #gbAsOf}) for a series without exogenous inputs (the GB hourly file), else the EPF set-up.
   *
   * @throws IllegalArgumentException for a GB run time after the gate
   */
  public static MarketProfile of(org.convergence.model.data.DailySeries series, LocalTime gbAsOfUtc) {
    return series.exogenousCount() == 0 ? gbAsOf(gbAsOfUtc) : epf();
  }

  /**
   * {@code lear-wide}: four short and four long windows, chosen on NP's two validation years before its test period
   * (2014-12-29..2016-12-26; docs/price-forecasting.md). The same on GB (not measured there), capped at the history.
   */
  public static final List<Integer> WIDE_WINDOWS = List.of(28, 56, 84, 112, 714, 728, 1092, 1456);

  /**
   * The long-term seasonal component of {@code lear-scar}: the Hodrick-Prescott trend of each calibration window's
   * daily mean prices with lambda 10^4 (cycles shorter than about two months mostly left to the LEAR; the daily
   * equivalent of lambda 3.3 x 10^9 on hourly data by the fourth-power frequency rule). Fixed before any run.
   */
  public static final HodrickPrescott SCAR_FILTER = new HodrickPrescott(1e4);

  /** The EPF benchmark markets (NP, PJM, BE, FR, DE): D-1 is known; the paper's set-up. */
  public static MarketProfile epf() {
    return new MarketProfile("epf", 1, 0, LearFeatures.paper(), LearEnsembleTrainer.PAPER_WINDOWS,
        WIDE_WINDOWS, 364, SCAR_FILTER, MlpTrainer.Hyper.defaults());
  }

  /** AIMLAC GB as seen by a run at the shipped {@link #DEFAULT_GB_AS_OF_UTC} on D-1 (9 hours of D-1 known). */
  public static MarketProfile gb() {
    return gbAsOf(DEFAULT_GB_AS_OF_UTC);
  }

  /**
   * AIMLAC GB for a run at {@code asOfUtc} on D-1 (at or before the 09:00Z gate): orders for D close at D-1 09:00Z,
   * when only the first hours of D-1 have been delivered, so the latest complete day is D-2. LEAR uses the prices of
   * D-2, D-3, D-4 and D-7 and the hours of D-1 published by the as-of time ({@link #deliveredHoursOfPreviousDay}).
   * The GB hourly file starts 2018-01-01, so the long windows are 364 and 728 days (not 1092 and 1456) to leave test
   * years from 2021 on.
   */
  public static MarketProfile gbAsOf(LocalTime asOfUtc) {
    int hours = deliveredHoursOfPreviousDay(asOfUtc);
    return new MarketProfile("gb-aimlac", 2, hours,
        hours == 0 ? LearFeatures.gateShifted() : LearFeatures.gateWithDeliveredHours(hours),
        List.of(56, 84, 364, 728), WIDE_WINDOWS, 364, SCAR_FILTER, MlpTrainer.Hyper.defaults());
  }

  /**
   * Hours of market day D-1 whose prices are published ({@link PublishedPrices#isPublished}: once the hour's
   * delivery has ended) at {@code asOfUtc} on D-1, for a run at or before the gate: 9 at 08:30Z, 10 at 09:00Z.
   */
  public static int deliveredHoursOfPreviousDay(LocalTime asOfUtc) {
    MarketDay target = MarketDay.of(2022, 1, 2);
    Instant asOf = target.date().minusDays(1).atTime(asOfUtc).toInstant(ZoneOffset.UTC);
    if (asOf.isAfter(target.gateClosure())) {
      throw new IllegalArgumentException("as-of " + asOfUtc + "Z is after the 09:00Z gate");
    }
    MarketDay previous = target.previous();
    int n = 0;
    for (int h = 1; h <= 24; h++) {
      if (PublishedPrices.isPublished(previous.hour(HourId.of(h)).end(), asOf)) {
        n++;
      }
    }
    return n;
  }

  /** The same market with other LEAR windows (for {@code lear} and {@code lear-wide} alike). */
  public MarketProfile withLearWindows(List<Integer> windows) {
    return new MarketProfile(name, availabilityLagDays, partialDayHours, learFeatures, List.copyOf(windows),
        List.copyOf(windows), gbmWindowDays, seasonalFilter, mlpHyper);
  }

  /** The same market with another long-term seasonal component for {@code lear-scar}. */
  public MarketProfile withSeasonalFilter(HodrickPrescott filter) {
    return new MarketProfile(name, availabilityLagDays, partialDayHours, learFeatures, learWindowsDays,
        learWideWindowsDays, gbmWindowDays, filter, mlpHyper);
  }

  /**
   * The same market with the {@code mlp} recipe's members {@code first..first + count - 1} ({@link
   * MlpTrainer.Hyper#withMembers}): more members, or one part of an ensemble split over processes.
   */
  public MarketProfile withMlpMembers(int first, int count) {
    return new MarketProfile(name, availabilityLagDays, partialDayHours, learFeatures, learWindowsDays,
        learWideWindowsDays, gbmWindowDays, seasonalFilter, mlpHyper.withMembers(first, count));
  }
}
