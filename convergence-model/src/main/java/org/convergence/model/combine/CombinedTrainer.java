package org.convergence.model.combine;

import java.time.LocalDate;
import java.util.List;
import org.convergence.model.DayForecast;
import org.convergence.model.PriceModel;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.data.DailySeries;
import org.convergence.model.lear.LearEnsemble;

/**
 * Recipes combined hour by hour ({@link LearEnsemble.Combination}: mean or median of the members' point forecasts,
 * or a weighted mean with fixed weights), each member calibrated on the same known data as it would be alone. The
 * members must know the same before the gate.
 */
public final class CombinedTrainer implements PriceModelTrainer {
  private final String name;
  private final List<PriceModelTrainer> members;
  private final LearEnsemble.Combination combination;
  private final double[] weights;

  public CombinedTrainer(String name, List<PriceModelTrainer> members, LearEnsemble.Combination combination) {
    this(name, members, combination, null);
  }

  /** The weighted mean of the members' forecasts: {@code weights} (one per member, non-negative, summing to 1). */
  public CombinedTrainer(String name, List<PriceModelTrainer> members, double[] weights) {
    this(name, members, LearEnsemble.Combination.MEAN, weights);
  }

  private CombinedTrainer(String name, List<PriceModelTrainer> members, LearEnsemble.Combination combination,
      double[] weights) {
    if (members.size() < 2) {
      throw new IllegalArgumentException(name + ": combine at least two recipes");
    }
    for (PriceModelTrainer m : members) {
      if (m.availabilityLagDays() != members.get(0).availabilityLagDays()
          || m.partialDayHours() != members.get(0).partialDayHours()) {
        throw new IllegalArgumentException(name + ": members differ in what they know before the gate");
      }
    }
    this.name = name;
    this.members = List.copyOf(members);
    this.combination = combination;
    if (weights != null) {
      double sum = 0;
      for (double w : weights) {
        if (!(w >= 0)) {
          throw new IllegalArgumentException(name + ": weights must be non-negative");
        }
        sum += w;
      }
      if (weights.length != members.size() || Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException(name + ": give one weight per member, summing to 1");
      }
    }
    this.weights = weights == null ? null : weights.clone();
  }

  @Override
  public String name() {
    return name;
  }

  public List<PriceModelTrainer> members() {
    return members;
  }

  @Override
  public int availabilityLagDays() {
    return members.get(0).availabilityLagDays();
  }

  @Override
  public int partialDayHours() {
    return members.get(0).partialDayHours();
  }

  @Override
  public int calibrationWindowDays() {
    return members.stream().mapToInt(PriceModelTrainer::calibrationWindowDays).max().orElseThrow();
  }

  @Override
  public Combined train(DailySeries known, LocalDate target) {
    return new Combined(name, members.stream().map(m -> m.train(known, target)).toList(), combination,
        weights == null ? null : weights.clone());
  }

  /** The calibrated members and how their forecasts are combined ({@code weights} null: by the combination). */
  public record Combined(String name, List<PriceModel> members, LearEnsemble.Combination combination,
      double[] weights) implements PriceModel {
    public Combined {
      members = List.copyOf(members);
    }

    @Override
    public String id() {
      return name + members.stream().map(PriceModel::id).toList();
    }

    @Override
    public int partialDayHours() {
      return members.get(0).partialDayHours();
    }

    @Override
    public DayForecast forecast(DailySeries known, LocalDate target) {
      double[][] byMember = LearEnsemble.pointsByMember(members, known, target);
      return DayForecast.pointOnly(target, weights == null ? combination.byHour(byMember)
          : LearEnsemble.Combination.weightedByHour(byMember, weights));
    }
  }
}
