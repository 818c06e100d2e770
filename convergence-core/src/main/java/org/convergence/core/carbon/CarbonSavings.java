package org.convergence.core.carbon;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.convergence.core.energy.EnergyInterval;

/**
 * Carbon the site's own generation saved: each kWh generated on site is a kWh the grid did not have to supply, so
 * it saves the grid's carbon intensity at that time. {@code saved = sum(generation kWh x intensity gCO2/kWh)}.
 * Energy is taken as spread evenly over its interval, so an hourly energy interval is weighed against the two
 * half-hourly intensities by overlap. The actual intensity is used where known, else the forecast.
 *
 * @param savedKgCo2 carbon saved, kg CO2
 * @param generationKWh all generation considered, kWh
 * @param uncoveredKWh generation with no intensity for its time (not counted in {@code savedKgCo2}), kWh
 */
public record CarbonSavings(double savedKgCo2, double generationKWh, double uncoveredKWh) {
  /** The carbon saved by the generation in {@code energy}, given the grid intensities. */
  public static CarbonSavings of(List<EnergyInterval> energy, List<CarbonIntensity> intensities) {
    List<CarbonIntensity> sorted = intensities.stream()
        .filter(c -> !Double.isNaN(c.bestGPerKWh()))
        .sorted(Comparator.comparing(c -> c.interval().start())).toList();
    double savedG = 0;
    double total = 0;
    double uncovered = 0;
    for (EnergyInterval e : energy) {
      double kWh = e.generationKWh();
      total += kWh;
      double coveredFraction = 0;
      long length = e.interval().length().toMillis();
      for (CarbonIntensity c : sorted) {
        long overlap = overlapMillis(e.interval().start(), e.interval().end(), c.interval().start(),
            c.interval().end());
        if (overlap > 0) {
          double fraction = overlap / (double) length;
          coveredFraction += fraction;
          savedG += kWh * fraction * c.bestGPerKWh();
        }
      }
      uncovered += kWh * Math.max(0, 1 - coveredFraction);
    }
    return new CarbonSavings(savedG / 1000.0, total, uncovered);
  }

  private static long overlapMillis(Instant s1, Instant e1, Instant s2, Instant e2) {
    Instant s = s1.isAfter(s2) ? s1 : s2;
    Instant e = e1.isBefore(e2) ? e1 : e2;
    return Math.max(0, e.toEpochMilli() - s.toEpochMilli());
  }
}
