package org.convergence.model.ltsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Hodrick-Prescott trend against statsmodels 0.13.5's {@code hpfilter} and cases computed by hand. */
class HodrickPrescottTest {
  /** 30 + 10 sin(2 pi i / 365) + 3 sin(2 pi i / 7) + ((37 i mod 11) - 5) / 2, i = 0..59: a level, a week, noise. */
  static double[] series() {
    double[] y = new double[60];
    for (int i = 0; i < y.length; i++) {
      y[i] = 30 + 10 * Math.sin(2 * Math.PI * i / 365) + 3 * Math.sin(2 * Math.PI * i / 7)
          + ((i * 37) % 11 - 5) * 0.5;
    }
    return y;
  }

  @Test
  void matchesStatsmodelsHpfilter() {
    // /usr/bin/python3: statsmodels.tsa.filters.hp_filter.hpfilter(y, lamb=...)[1] at indices 0, 1, 2, 29, 57, 58, 59
    int[] at = {0, 1, 2, 29, 57, 58, 59};
    double[] lambda1e4 = {30.205885800449533, 30.364021182599405, 30.52188597616923, 34.71627431935056,
        38.67852347094313, 38.82229137111269, 38.966142639231585};
    double[] lambda100 = {30.180021595434265, 30.37479082699355, 30.54275984259849, 34.888344700855974,
        38.75437805128396, 39.0741945577451, 39.39802899557676};
    double[] t4 = new HodrickPrescott(1e4).trend(series());
    double[] t2 = new HodrickPrescott(100).trend(series());
    for (int k = 0; k < at.length; k++) {
      assertThat(t4[at[k]]).isCloseTo(lambda1e4[k], within(1e-9));
      assertThat(t2[at[k]]).isCloseTo(lambda100[k], within(1e-9));
    }
  }

  @Test
  void aSmallCaseSolvedByHand() {
    // lambda 1, y = 1 4 2 8 5: (I + K'K) t = y with K'K = [1 -2 1 0 0; -2 5 -4 1 0; 1 -4 6 -4 1; 0 1 -4 5 -2;
    // 0 0 1 -2 1] has the solution t = (33, 70, 98, 134, 145) / 24 (statsmodels agrees)
    double[] t = new HodrickPrescott(1).trend(new double[] {1, 4, 2, 8, 5});
    assertThat(t).containsExactly(new double[] {33 / 24.0, 70 / 24.0, 98 / 24.0, 134 / 24.0, 145 / 24.0},
        within(1e-12));
  }

  @Test
  void aStraightLineIsItsOwnTrendAndTheInputIsLeftAlone() {
    double[] line = new double[40];
    for (int i = 0; i < line.length; i++) {
      line[i] = 20 + 0.3 * i;
    }
    double[] copy = line.clone();
    assertThat(new HodrickPrescott(1e4).trend(line)).containsExactly(copy, within(1e-9));
    assertThat(line).containsExactly(copy);
    assertThat(new HodrickPrescott(0).trend(series())).containsExactly(series());
    assertThat(new HodrickPrescott(5).trend(new double[] {3, 7})).containsExactly(3, 7);
  }

  @Test
  void rejectsABadLambdaOrAMissingValue() {
    assertThatThrownBy(() -> new HodrickPrescott(-1)).hasMessageContaining("lambda");
    assertThatThrownBy(() -> new HodrickPrescott(Double.NaN)).hasMessageContaining("lambda");
    assertThatThrownBy(() -> new HodrickPrescott(10).trend(new double[] {1, Double.NaN, 3}))
        .hasMessageContaining("missing");
  }
}
