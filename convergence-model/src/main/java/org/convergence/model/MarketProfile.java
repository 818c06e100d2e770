package org.convergence.model;

import java.util.List;
import org.convergence.model.lear.LearEnsembleTrainer;
import org.convergence.model.lear.LearFeatures;

/**
 * What a market allows a day-ahead forecaster to know, and the LEAR set-up that follows.
 *
 * @param availabilityLagDays the latest day whose prices are all known when bidding for D is D minus this
 * @param learWindowsDays LEAR ensemble calibration windows
 */
public record MarketProfile(String name, int availabilityLagDays, LearFeatures learFeatures,
    List<Integer> learWindowsDays, int gbmWindowDays) {

  /** The EPF benchmark markets (NP, PJM, BE, FR, DE): D-1 is known; the paper's set-up. */
  public static MarketProfile epf() {
    return new MarketProfile("epf", 1, LearFeatures.paper(), LearEnsembleTrainer.PAPER_WINDOWS, 364);
  }

  /**
   * AIMLAC GB: orders for D close at D-1 09:00Z, when only hours 1..10 of D-1 have been delivered, so the latest
   * complete day is D-2. LEAR uses the prices of D-2, D-3, D-4 and D-7. The GB hourly file starts 2018-01-01, so
   * the long windows are 364 and 728 days (not 1092 and 1456) to leave test years from 2021 on.
   */
  public static MarketProfile gb() {
    return new MarketProfile("gb-aimlac", 2, LearFeatures.gateShifted(), List.of(56, 84, 364, 728), 364);
  }

  public MarketProfile withLearWindows(List<Integer> windows) {
    return new MarketProfile(name, availabilityLagDays, learFeatures, List.copyOf(windows), gbmWindowDays);
  }
}
