package org.convergence.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convergence.core.site.SolarArraySpec;
import org.convergence.core.solar.HorizonProfile;
import org.convergence.core.solar.PvArrayModel;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

/** The horizon fit recovers a skyline from clear days the model itself produced. */
class HorizonCalibrationTest {
  private static final SolarArraySpec ARRAY = SiteEnergyModelTest.SITE.solar();
  private final HorizonCalibration fit = new HorizonCalibration(SiteEnergyModelTest.SITE.location());

  /** A western hill: 15 degrees at 240..260, nothing elsewhere. */
  private static HorizonProfile hill() {
    List<Double> e = new ArrayList<>(Collections.nCopies(HorizonCalibration.POINTS, 0.0));
    e.set(24, 15.0);
    e.set(25, 15.0);
    e.set(26, 15.0);
    return new HorizonProfile(e);
  }

  /** Readings of the cloud-free model with {@code horizon} and 10 % losses, times {@code scale}. */
  private static List<HorizonCalibration.Sample> days(HorizonProfile horizon, double scale, MarketDay... days) {
    PvArrayModel truth = new PvArrayModel(SiteEnergyModelTest.SITE.location(),
        HorizonCalibration.with(ARRAY, 0.1, horizon));
    List<HorizonCalibration.Sample> out = new ArrayList<>();
    for (MarketDay d : days) {
      for (Interval i : d.halfHours()) {
        double kw = truth.power(i, new PvArrayModel.Inputs(Double.NaN, Double.NaN, Double.NaN, 0, 8, 3, 1000))
            .acKw();
        out.add(new HorizonCalibration.Sample(i, 8, 3, 1000, kw * scale));
      }
    }
    return out;
  }

  @Test
  void recoversTheSkylineAndTheLossesThatProducedTheReadings() {
    List<HorizonCalibration.Sample> clear = days(hill(), 1, MarketDay.of(2022, 3, 20), MarketDay.of(2022, 3, 27));
    HorizonCalibration.Result r = fit.calibrate(ARRAY, clear);
    assertThat(r.clearDays()).containsExactly(LocalDate.of(2022, 3, 20), LocalDate.of(2022, 3, 27));
    assertThat(r.clearDayLosses()).isCloseTo(0.1, within(1e-9));
    assertThat(r.maeKw()).isLessThan(0.5);
    // the sun sets at ~270 degrees in late March: the hill is found where it is, and nowhere the sun shone high
    assertThat(r.horizon().elevationDeg().get(25)).isGreaterThan(10);
    assertThat(r.horizon().elevationDeg().get(18)).isZero();
  }

  @Test
  void aDayWhoseNoonFallsShortOfTheClearSkyIsNotClear() {
    List<HorizonCalibration.Sample> samples = new ArrayList<>(days(hill(), 1, MarketDay.of(2022, 3, 20)));
    samples.addAll(days(hill(), 0.5, MarketDay.of(2022, 3, 21)));
    SolarArraySpec open = HorizonCalibration.with(ARRAY, 0, HorizonProfile.flat(HorizonCalibration.POINTS));
    assertThat(fit.clearDays(open, samples)).containsExactly(LocalDate.of(2022, 3, 20));
  }

  @Test
  void pointsTheSunNeverCrossedTakeTheNearestFittedValue() {
    HorizonProfile h = new HorizonProfile(List.of(0.0, 3.0, 0.0, 8.0, 0.0, 0.0));
    boolean[] seen = {false, true, false, true, false, false};
    // 0 -> nearest is 1 (counter-clockwise 5 is unseen); 2 -> tie 1 and 3: counter-clockwise 1; 4 -> 3; 5 -> 3?
    // 5: distance 1 to 4 (unseen) and 0 (unseen), distance 2 to 3 (seen) and 1 (seen): counter-clockwise 3
    assertThat(HorizonCalibration.fillUnseen(h, seen).elevationDeg()).containsExactly(3.0, 3.0, 3.0, 8.0, 8.0, 8.0);
  }
}
