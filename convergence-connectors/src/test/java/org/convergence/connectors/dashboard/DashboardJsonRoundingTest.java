package org.convergence.connectors.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Published numbers lose float noise but keep 6 significant digits and at least 2 decimals. */
class DashboardJsonRoundingTest {
  @Test
  void removesFloatNoise() {
    assertThat(DashboardJson.round(4.737000000000001)).isEqualTo(4.737);
    assertThat(DashboardJson.round(177.41500000000002)).isEqualTo(177.415);
    assertThat(DashboardJson.round(3.0540000000000003)).isEqualTo(3.054);
  }

  @Test
  void keepsSixSignificantDigitsAndAtLeastTwoDecimals() {
    assertThat(DashboardJson.round(0.16824088999999998)).isEqualTo(0.168241);
    assertThat(DashboardJson.round(-1156.1648109)).isEqualTo(-1156.16);
    assertThat(DashboardJson.round(123456.789)).isEqualTo(123456.79);
    assertThat(DashboardJson.round(0.000123456789)).isEqualTo(0.000123457);
    assertThat(DashboardJson.round(3000.0)).isEqualTo(3000.0);
  }

  @Test
  void roundsHalfUpAndNeverWritesNegativeZero() {
    assertThat(DashboardJson.round(12.345675)).isEqualTo(12.3457);
    assertThat(DashboardJson.round(-12.345675)).isEqualTo(-12.3457);
    assertThat(DashboardJson.round(-0.001)).isEqualTo(-0.001);
    assertThat(Double.doubleToRawLongBits(DashboardJson.round(-0.0))).isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(DashboardJson.round(-1e-12)).isEqualTo(-1e-12);
  }
}
