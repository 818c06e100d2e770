package org.convergence.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The skyline by azimuth, read by linear interpolation; values computed by hand. */
class HorizonProfileTest {
  // N 0, E 10, S 20, W 4 (points every 90 degrees)
  private final HorizonProfile h = new HorizonProfile(List.of(0.0, 10.0, 20.0, 4.0));

  @Test
  void givesThePointsAtTheirAzimuths() {
    assertThat(h.azimuthDegOf(1)).isEqualTo(90);
    assertThat(h.elevationDegAt(0)).isEqualTo(0);
    assertThat(h.elevationDegAt(90)).isEqualTo(10);
    assertThat(h.elevationDegAt(180)).isEqualTo(20);
    assertThat(h.elevationDegAt(270)).isEqualTo(4);
  }

  @Test
  void interpolatesLinearlyBetweenPointsAndAroundNorth() {
    assertThat(h.elevationDegAt(135)).isCloseTo(15, within(1e-12));   // (10 + 20) / 2
    assertThat(h.elevationDegAt(202.5)).isCloseTo(16, within(1e-12)); // 20 + 0.25 (4 - 20)
    assertThat(h.elevationDegAt(315)).isCloseTo(2, within(1e-12));    // between W 4 and N 0
    assertThat(h.elevationDegAt(-45)).isCloseTo(2, within(1e-12));    // -45 = 315
    assertThat(h.elevationDegAt(360 + 45)).isCloseTo(5, within(1e-12));
  }

  @Test
  void blocksTheSunOnlyWhenItIsUpAndBelowTheSkyline() {
    assertThat(h.blocks(new SunPosition(90 - 14, 135))).isTrue();   // 14 deg < 15 deg skyline
    assertThat(h.blocks(new SunPosition(90 - 16, 135))).isFalse();  // above it
    assertThat(h.blocks(new SunPosition(95, 135))).isFalse();       // night: nothing to block
    assertThat(HorizonProfile.flat(36).blocks(new SunPosition(89.5, 180))).isFalse();
  }

  @Test
  void shadingRemovesTheBeamAndKeepsTheDiffuseSky() {
    Irradiance clear = new Irradiance(300, 600, 80);
    assertThat(h.shade(clear, new SunPosition(90 - 10, 180))).isEqualTo(new Irradiance(80, 0, 80));
    assertThat(h.shade(clear, new SunPosition(90 - 30, 180))).isSameAs(clear);
  }

  @Test
  void theArrayBehindASkylineGetsOnlyTheDiffuseSky() {
    var site = new org.convergence.core.site.GeoLocation(52.1051, -3.668, 250);
    var open = new org.convergence.core.site.SolarArraySpec(1400, 1.712976, 0.196, 45, 180, 335, -0.0037, 0.1, 450,
        3, 0.25, 0.75, 2, List.of(0.0));
    var walled = new org.convergence.core.site.SolarArraySpec(1400, 1.712976, 0.196, 45, 180, 335, -0.0037, 0.1,
        450, 3, 0.25, 0.75, 2, List.of(45.0));
    var noon = org.convergence.core.time.Interval.of(java.time.Instant.parse("2022-03-20T12:00:00Z"),
        java.time.Duration.ofMinutes(30));
    var beam = new PvArrayModel.Inputs(500, 700, 100, Double.NaN, 10, 2, 1000);
    var diffuseOnly = new PvArrayModel.Inputs(100, 0, 100, Double.NaN, 10, 2, 1000);
    double shaded = new PvArrayModel(site, walled).power(noon, beam).acKw();
    assertThat(shaded).isCloseTo(new PvArrayModel(site, open).power(noon, diffuseOnly).acKw(), within(1e-9));
    assertThat(shaded).isLessThan(new PvArrayModel(site, open).power(noon, beam).acKw() / 3);
  }

  @Test
  void replacesOnePoint() {
    assertThat(h.with(3, 7).elevationDeg()).containsExactly(0.0, 10.0, 20.0, 7.0);
    assertThat(h.elevationDeg()).containsExactly(0.0, 10.0, 20.0, 4.0);
  }

  @Test
  void rejectsAnEmptyProfileAndElevationsOutOfRange() {
    assertThatThrownBy(() -> new HorizonProfile(List.of())).hasMessageContaining("horizon_deg");
    assertThatThrownBy(() -> new HorizonProfile(List.of(0.0, 50.0)))
        .hasMessageContaining("horizon_deg must be within [0, 45.0]").hasMessageContaining("index 1 was 50.0");
    assertThatThrownBy(() -> new HorizonProfile(List.of(-1.0))).hasMessageContaining("index 0");
  }
}
