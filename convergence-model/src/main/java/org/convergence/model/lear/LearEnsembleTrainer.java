package org.convergence.model.lear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.convergence.model.PriceModelTrainer;
import org.convergence.model.data.DailySeries;
import org.convergence.model.lasso.LassoAicPath;

/** Calibrates the LEAR ensemble: one {@link LearTrainer} per window (paper: 56, 84, 1092 and 1456 days). */
public final class LearEnsembleTrainer implements PriceModelTrainer {
  public static final List<Integer> PAPER_WINDOWS = List.of(56, 84, 1092, 1456);

  private final List<LearTrainer> members;
  private final int availabilityLagDays;
  private final String name;
  private final LearEnsemble.Combination combination;

  public LearEnsembleTrainer(List<Integer> windowsDays, LearFeatures features, int availabilityLagDays,
      LassoAicPath solver, ForkJoinPool pool) {
    this("lear", windowsDays, features, availabilityLagDays, solver, pool, LearEnsemble.Combination.MEAN, false);
  }

  /**
   * An ensemble under its own recipe name, combining its windows by {@code combination}; with
   * {@code capToHistory} a window longer than the known history uses all of it (see {@link LearTrainer}).
   */
  public LearEnsembleTrainer(String name, List<Integer> windowsDays, LearFeatures features,
      int availabilityLagDays, LassoAicPath solver, ForkJoinPool pool, LearEnsemble.Combination combination,
      boolean capToHistory) {
    if (windowsDays.isEmpty()) {
      throw new IllegalArgumentException(name + ": no calibration window");
    }
    this.name = name;
    this.combination = combination;
    this.availabilityLagDays = availabilityLagDays;
    members = new ArrayList<>();
    for (int w : windowsDays) {
      members.add(new LearTrainer(w, features, availabilityLagDays, solver, pool, capToHistory));
    }
  }

  /** An ensemble of the given member recipes under its own name, combining them by {@code combination}. */
  public LearEnsembleTrainer(String name, List<LearTrainer> members, LearEnsemble.Combination combination) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException(name + ": no calibration window");
    }
    this.name = name;
    this.combination = combination;
    this.availabilityLagDays = members.get(0).availabilityLagDays();
    for (LearTrainer m : members) {
      if (m.availabilityLagDays() != availabilityLagDays || m.partialDayHours() != members.get(0).partialDayHours()) {
        throw new IllegalArgumentException(name + ": members differ in what they know before the gate");
      }
    }
    this.members = List.copyOf(members);
  }

  /** The paper's ensemble for a market whose previous day is known (EPF markets). */
  public static LearEnsembleTrainer paper(ForkJoinPool pool) {
    return new LearEnsembleTrainer(PAPER_WINDOWS, LearFeatures.paper(), 1, new LassoAicPath(), pool);
  }

  @Override
  public String name() {
    return name;
  }

  public LearEnsemble.Combination combination() {
    return combination;
  }

  @Override
  public int availabilityLagDays() {
    return availabilityLagDays;
  }

  @Override
  public int partialDayHours() {
    return members.get(0).partialDayHours();
  }

  /** The member recipes, in order. */
  public List<LearTrainer> members() {
    return List.copyOf(members);
  }

  public List<Integer> windowsDays() {
    return members.stream().map(LearTrainer::windowDays).toList();
  }

  /** Longest window: the days of history a calibration needs before the target. */
  @Override
  public int calibrationWindowDays() {
    return members.stream().mapToInt(LearTrainer::windowDays).max().orElseThrow();
  }

  @Override
  public LearEnsemble train(DailySeries known, LocalDate target) {
    List<LearWindowModel> models = new ArrayList<>();
    for (LearTrainer t : members) {
      models.add(t.train(known, target));
    }
    return new LearEnsemble(models, combination);
  }
}
