package org.convergence.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TranspositionTest {
  @Test
  void aHorizontalPlaneSeesTheGlobalHorizontalIrradiance() {
    Random r = new Random(7);
    for (int k = 0; k < 1000; k++) {
      SunPosition sun = new SunPosition(r.nextDouble() * 85, r.nextDouble() * 360);
      Irradiance h = Erbs.decompose(r.nextDouble() * 1000, sun.zenithDeg(), 1361);
      for (PlaneOfArray.SkyModel m : PlaneOfArray.SkyModel.values()) {
        PlaneOfArray poa = PlaneOfArray.transpose(m, 0, 180, sun, h, 1361, 0.25);
        assertThat(poa.globalWm2()).isCloseTo(h.ghiWm2(), within(1e-6));
      }
    }
  }

  @Test
  void isotropicVerticalSouthFacingPlaneByHand() {
    SunPosition sun = new SunPosition(60, 180);
    Irradiance h = new Irradiance(400, 500, 150);
    PlaneOfArray poa = PlaneOfArray.transpose(PlaneOfArray.SkyModel.ISOTROPIC, 90, 180, sun, h, 1361, 0.2);
    assertThat(PlaneOfArray.angleOfIncidenceDeg(90, 180, sun)).isCloseTo(30, within(1e-9));
    assertThat(poa.beamWm2()).isCloseTo(500 * Math.cos(Math.toRadians(30)), within(1e-9));
    assertThat(poa.skyDiffuseWm2()).isCloseTo(75, within(1e-9));
    assertThat(poa.groundDiffuseWm2()).isCloseTo(40, within(1e-9));
  }

  @Test
  void sunBehindThePanelGivesNoBeam() {
    SunPosition sun = new SunPosition(60, 0);
    PlaneOfArray poa = PlaneOfArray.transpose(PlaneOfArray.SkyModel.HAY_DAVIES, 45, 180, sun,
        new Irradiance(300, 400, 100), 1361, 0.25);
    assertThat(poa.beamWm2()).isZero();
    assertThat(poa.skyDiffuseWm2()).isBetween(0.0, 100.0);
  }

  @Test
  void cellsRunHotterInSunAndCoolerInWind() {
    assertThat(CellTemperature.faimanC(1000, 20, 1)).isCloseTo(20 + 1000 / (25 + 6.84), within(1e-9));
    assertThat(CellTemperature.faimanC(1000, 20, 10)).isLessThan(CellTemperature.faimanC(1000, 20, 1));
    assertThat(CellTemperature.faimanC(0, 20, 1)).isEqualTo(20);
  }
}
