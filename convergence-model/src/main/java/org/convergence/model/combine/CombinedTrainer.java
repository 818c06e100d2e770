package org.convergence.model.combine;

import java.time.LocalDate;
import java.util.List;
import org.convergence.model.DayForecast;
import org.convergence.model.PriceModel;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.data.DailySeries;
import org.convergence.model.lear.LearEnsemble;

/**
 * Recipes combined hour by hour ({@link LearEnsemble.Combination}: mean or median of the members' point forecasts),
 * each member calibrated on the same known data as it would be alone. The members must know the same before the gate.
 */
public final class CombinedTrainer implements PriceModelTrainer {
  private final String name;
  private final List<PriceModelTrainer> members;
  private final LearEnsemble.Combination combination;

  public CombinedTrainer(String name, List<PriceModelTrainer> members, LearEnsemble.Combination combination) {
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
    return new Combined(name, members.stream().map(m -> m.train(known, target)).toList(), combination);
  }

  /** The calibrated members and how their forecasts are combined. */
  public record Combined(String name, List<PriceModel> members, LearEnsemble.Combination combination)
      implements PriceModel {
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
      double[][] byMember = new double[members.size()][];
      for (int m = 0; m < members.size(); m++) {
        byMember[m] = members.get(m).forecast(known, target).pointByHour();
      }
      return DayForecast.pointOnly(target, combination.byHour(byMember));
    }
  }
}
