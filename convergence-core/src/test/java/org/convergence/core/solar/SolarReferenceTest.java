package org.convergence.core.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Published reference values for the solar chain. */
class SolarReferenceTest {
  @Test
  void nrelSpaWorkedExample() {
    Instant t = OffsetDateTime.of(2003, 10, 17, 12, 30, 30, 0, ZoneOffset.ofHours(-7)).toInstant();
    SunPosition sun = SolarPositions.spa(t, 39.742476, -105.1786, 1830.14, 67, 820, 11);
    assertThat(sun.zenithDeg()).isCloseTo(50.11162, within(1e-4));
    assertThat(sun.azimuthDeg()).isCloseTo(194.340241, within(1e-4));
  }

  @Test
  void spaReferenceTableOf512Rows() throws Exception {
    int rows = 0;
    try (var in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("spa_reference_azimuth_zenith.csv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",");
        SunPosition sun = SolarPositions.spa(Instant.parse(f[0]), Double.parseDouble(f[1]),
            Double.parseDouble(f[2]), 0, 0, 1000, 10);
        assertThat(sun.azimuthDeg()).as(line).isCloseTo(Double.parseDouble(f[3]), within(1e-4));
        assertThat(sun.zenithDeg()).as(line).isCloseTo(Double.parseDouble(f[4]), within(1e-4));
        rows++;
      }
    }
    assertThat(rows).isGreaterThanOrEqualTo(500);
  }

  @Test
  void erbsAsPvlib() {
    double extra = Atmosphere.extraterrestrialWm2(LocalDate.of(2019, 6, 20).getDayOfYear());
    Irradiance i = Erbs.decompose(1000, 10, extra);
    assertThat(i.dniWm2()).isCloseTo(842.0, within(0.1));
    assertThat(i.dhiWm2()).isCloseTo(170.8, within(0.1));
  }

  @Test
  void ineichenAsPvlib() {
    Irradiance i = ClearSky.ineichen(10.564, 0.935, 3, 0, 1364);
    assertThat(i.ghiWm2()).isCloseTo(1044.12, within(0.05));
    assertThat(i.dniWm2()).isCloseTo(953.25, within(0.05));
    assertThat(i.dhiWm2()).isCloseTo(107.03, within(0.05));
  }

  @Test
  void dhiNeverAboveGhi() {
    Random r = new Random(4);
    for (int k = 0; k < 5000; k++) {
      double ghi = r.nextDouble() * 1300;
      double zenith = r.nextDouble() * 100;
      Irradiance i = Erbs.decompose(ghi, zenith, 1300 + r.nextDouble() * 100);
      assertThat(i.dhiWm2()).isBetween(0.0, i.ghiWm2() + 1e-9);
      Irradiance c = ClearSky.ineichen(zenith, Atmosphere.relativeAirmass(zenith), 1 + r.nextDouble() * 5,
          r.nextDouble() * 2000, 1366);
      assertThat(c.dhiWm2()).isBetween(0.0, c.ghiWm2() + 1e-9);
    }
  }

  @Test
  void missingGhiIsAnErrorNotZero() {
    assertThatThrownBy(() -> Erbs.decompose(Double.NaN, 30, 1366)).hasMessageContaining("missing");
    assertThatThrownBy(() -> CloudModel.KASTEN_CZEPLAK.clearSkyIndex(Double.NaN)).hasMessageContaining("missing");
  }

  @Test
  void weatherCodesMapToCloudCover() {
    assertThat(SignificantWeather.cloudCoverPct(1)).isLessThan(SignificantWeather.cloudCoverPct(3));
    assertThat(SignificantWeather.cloudCoverPct(8)).isEqualTo(100);
    assertThat(SignificantWeather.cloudCoverPct(-1)).isNaN();
    assertThatThrownBy(() -> SignificantWeather.cloudCoverPct(4)).hasMessageContaining("unknown");
  }
}
