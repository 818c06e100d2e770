package org.convergence.core.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class MeteredNetTest {
  static final MarketDay DAY = MarketDay.of(2022, 3, 20);

  static SiteReadings of(List<SiteReading> rs) {
    return (from, to) -> rs.stream().filter(r -> !r.time().isBefore(from) && r.time().isBefore(to)).toList();
  }

  static SiteReading at(Instant t, double windKw) {
    return new SiteReading(t, windKw, 0, 20, 200, 20);
  }

  @Test
  void meanPowerOfTheHoursReadingsTimesOneHour() {
    List<SiteReading> rs = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      rs.add(at(DAY.deliveryStart().plus(Duration.ofMinutes(30L * i + 5)), i % 2 == 0 ? 300 : 500));
    }
    List<Double> net = MeteredNet.hourlyNetMWh(DAY, of(rs)).orElseThrow();
    assertThat(net).hasSize(24).allSatisfy(v -> assertThat(v).isCloseTo((400 - 220) / 1000.0, within(1e-12)));
  }

  @Test
  void anEmptyHourIsInterpolatedWithinNinetyMinutesOtherwiseUnknown() {
    Instant s = DAY.deliveryStart();
    List<SiteReading> rs = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      Instant t = s.plus(Duration.ofMinutes(30L * i + 5));
      if (i != 10 && i != 11) {
        rs.add(at(t, 220 + i));
      }
    }
    List<Double> net = MeteredNet.hourlyNetMWhOrNaN(DAY, of(rs));
    // hour 6 (index 5) has no reading: its midpoint is start + 5:30; the neighbours are i=9 (+4:35, net 9 kW)
    // and i=12 (+6:05, net 12 kW)
    double w = 55.0 / 90.0;
    assertThat(net.get(5)).isCloseTo((9 + w * (12 - 9)) / 1000.0, within(1e-12));
    List<SiteReading> gap = rs.stream().filter(r -> r.time().isBefore(s.plus(Duration.ofHours(4)))
        || r.time().isAfter(s.plus(Duration.ofHours(8)))).toList();
    assertThat(MeteredNet.hourlyNetMWhOrNaN(DAY, of(gap)).get(5)).isNaN();
    assertThat(MeteredNet.hourlyNetMWh(DAY, of(gap))).isEmpty();
  }
}
