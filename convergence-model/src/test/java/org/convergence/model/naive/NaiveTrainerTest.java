package org.convergence.model.naive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.convergence.model.data.DailySeries;
import org.junit.jupiter.api.Test;

class NaiveTrainerTest {
  static DailySeries ramp() {
    double[][] p = new double[30][24];
    for (int d = 0; d < 30; d++) {
      for (int h = 0; h < 24; h++) {
        p[d][h] = 100 * d + h;
      }
    }
    return new DailySeries("ramp", LocalDate.of(2024, 1, 1), p, List.of(), new double[0][][]);
  }

  @Test
  void standardUsesAWeekOnMondaysAndWeekendsAndTheLatestKnownDayOtherwise() {
    NaiveTrainer epf = new NaiveTrainer(NaiveTrainer.Kind.STANDARD, 1);
    NaiveTrainer gb = new NaiveTrainer(NaiveTrainer.Kind.STANDARD, 2);
    assertThat(epf.lagDays(DayOfWeek.MONDAY)).isEqualTo(7);
    assertThat(epf.lagDays(DayOfWeek.SATURDAY)).isEqualTo(7);
    assertThat(epf.lagDays(DayOfWeek.SUNDAY)).isEqualTo(7);
    assertThat(epf.lagDays(DayOfWeek.TUESDAY)).isEqualTo(1);
    assertThat(gb.lagDays(DayOfWeek.FRIDAY)).isEqualTo(2);
    DailySeries s = ramp();
    LocalDate wed = LocalDate.of(2024, 1, 17); // index 16
    assertThat(epf.model().forecast(s, wed).pointByHour()[3]).isEqualTo(1503);
    assertThat(gb.model().forecast(s, wed).pointByHour()[3]).isEqualTo(1403);
    assertThat(new NaiveTrainer(NaiveTrainer.Kind.WEEKLY, 1).model().forecast(s, wed).pointByHour()[3])
        .isEqualTo(903);
  }
}
