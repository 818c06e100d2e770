package org.convergence.model.selection;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.convergence.core.time.MarketDay;

/**
 * Decides whether a newly trained model (the challenger) replaces the model in service (the champion). Both must
 * have been evaluated on exactly the same market days and hours; the challenger wins only when its mean absolute
 * error is lower than the champion's by at least {@code minRelativeImprovement} (0 = any improvement), over at least
 * {@code minDays} days. Without a champion the challenger is promoted, as the first model.
 */
public record ChampionChallenger(int minDays, double minRelativeImprovement) {
  public ChampionChallenger {
    if (minDays < 1) {
      throw new IllegalArgumentException("minDays must be at least 1, was " + minDays);
    }
    if (!(minRelativeImprovement >= 0 && minRelativeImprovement < 1)) {
      throw new IllegalArgumentException("minRelativeImprovement must be within [0, 1), was "
          + minRelativeImprovement);
    }
  }

  /** The outcome, with the figures it rests on. */
  public record Decision(boolean promote, String reason, String challengerId, double challengerMae,
      Optional<String> championId, Optional<Double> championMae, List<MarketDay> days) {
    public Decision {
      days = List.copyOf(days);
    }
  }

  public Decision decide(Evaluation challenger, Optional<Evaluation> champion) {
    Set<MarketDay> days = challenger.days();
    if (days.size() < minDays) {
      return new Decision(false, "challenger " + challenger.modelId() + " was evaluated on " + days.size()
          + " day(s), fewer than the " + minDays + " required", challenger.modelId(), challenger.maeGbpPerMWh(),
          champion.map(Evaluation::modelId), champion.map(Evaluation::maeGbpPerMWh), List.copyOf(days));
    }
    if (champion.isEmpty()) {
      return new Decision(true, "no champion yet: " + challenger.modelId() + " becomes the first",
          challenger.modelId(), challenger.maeGbpPerMWh(), Optional.empty(), Optional.empty(), List.copyOf(days));
    }
    Evaluation champ = champion.get();
    requireSameHours(challenger, champ);
    double mChallenger = challenger.maeGbpPerMWh();
    double mChampion = champ.maeGbpPerMWh();
    double threshold = mChampion * (1 - minRelativeImprovement);
    boolean better = mChallenger < threshold;
    String reason = String.format("over %d day(s) %s..%s: challenger %s MAE %.3f vs champion %s MAE %.3f GBP/MWh"
            + " (needs < %.3f): %s", days.size(), first(days), last(days), challenger.modelId(), mChallenger,
        champ.modelId(), mChampion, threshold, better ? "promote the challenger" : "keep the champion");
    return new Decision(better, reason, challenger.modelId(), mChallenger, Optional.of(champ.modelId()),
        Optional.of(mChampion), List.copyOf(days));
  }

  private static void requireSameHours(Evaluation a, Evaluation b) {
    Set<String> ka = keys(a);
    Set<String> kb = keys(b);
    if (!ka.equals(kb)) {
      Set<String> onlyA = new TreeSet<>(ka);
      onlyA.removeAll(kb);
      Set<String> onlyB = new TreeSet<>(kb);
      onlyB.removeAll(ka);
      throw new IllegalArgumentException("champion and challenger must be evaluated on the same hours; only "
          + a.modelId() + ": " + abbreviate(onlyA) + ", only " + b.modelId() + ": " + abbreviate(onlyB));
    }
  }

  private static Set<String> keys(Evaluation e) {
    Set<String> out = new TreeSet<>();
    e.errors().forEach(x -> out.add(x.day() + " " + x.hour()));
    return out;
  }

  private static String abbreviate(Set<String> s) {
    return s.size() <= 5 ? s.toString() : s.stream().limit(5).toList() + " and " + (s.size() - 5) + " more";
  }

  private static MarketDay first(Set<MarketDay> days) {
    return days.iterator().next();
  }

  private static MarketDay last(Set<MarketDay> days) {
    return days.stream().reduce((x, y) -> y).orElseThrow();
  }
}
