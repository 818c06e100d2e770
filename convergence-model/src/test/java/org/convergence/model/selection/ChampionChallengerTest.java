package org.convergence.model.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class ChampionChallengerTest {
  static final MarketDay D = MarketDay.of(2022, 4, 1);
  final ChampionChallenger policy = new ChampionChallenger(3, 0.0);

  /** An evaluation over {@code days} days whose every hour misses by {@code absError}. */
  static Evaluation evaluation(String id, int days, double absError) {
    List<ForecastError> errors = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      for (HourId h : HourId.all()) {
        errors.add(new ForecastError(D.plusDays(i), h, 100 + (h.value() % 2 == 0 ? absError : -absError), 100));
      }
    }
    return new Evaluation(id, errors);
  }

  @Test
  void promotesABetterChallenger() {
    ChampionChallenger.Decision d = policy.decide(evaluation("gbm-2", 7, 9.5), Optional.of(evaluation("lear-1", 7,
        10.0)));
    assertThat(d.promote()).isTrue();
    assertThat(d.challengerMae()).isEqualTo(9.5);
    assertThat(d.championMae()).contains(10.0);
    assertThat(d.days()).hasSize(7);
    assertThat(d.reason()).contains("promote the challenger").contains("9.500").contains("10.000");
  }

  @Test
  void keepsTheChampionWhenTheChallengerIsWorseOrEqual() {
    assertThat(policy.decide(evaluation("gbm-2", 7, 10.5), Optional.of(evaluation("lear-1", 7, 10.0))).promote())
        .isFalse();
    ChampionChallenger.Decision tie = policy.decide(evaluation("gbm-2", 7, 10.0),
        Optional.of(evaluation("lear-1", 7, 10.0)));
    assertThat(tie.promote()).isFalse();
    assertThat(tie.reason()).contains("keep the champion");
  }

  @Test
  void demandsTheConfiguredMargin() {
    ChampionChallenger strict = new ChampionChallenger(3, 0.05);
    assertThat(strict.decide(evaluation("c", 5, 9.6), Optional.of(evaluation("k", 5, 10.0))).promote()).isFalse();
    assertThat(strict.decide(evaluation("c", 5, 9.4), Optional.of(evaluation("k", 5, 10.0))).promote()).isTrue();
  }

  @Test
  void promotesTheFirstModelButNotOnTooFewDays() {
    assertThat(policy.decide(evaluation("lear-1", 3, 12), Optional.empty()).promote()).isTrue();
    ChampionChallenger.Decision few = policy.decide(evaluation("lear-1", 2, 1), Optional.empty());
    assertThat(few.promote()).isFalse();
    assertThat(few.reason()).contains("2 day(s)").contains("3 required");
  }

  @Test
  void refusesToCompareDifferentHours() {
    assertThatThrownBy(() -> policy.decide(evaluation("gbm-2", 7, 1), Optional.of(evaluation("lear-1", 6, 10))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same hours")
        .hasMessageContaining("2022-04-07");
  }
}
