package org.convergence.connectors.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSample;
import org.convergence.core.weather.WeatherUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetOfficeSpotReplayTest {
  private static final MetOfficeSpotReplay BUNDLED = MetOfficeSpotReplay.bundled();
  private static final Instant AS_OF = Instant.parse("2022-02-15T08:00:00Z");
  private static final String HEADER = String.join(",", MetOfficeSpotReplay.COLUMNS);

  @Test
  void readsEveryBundledRowWithItsRawFields() {
    List<MetOfficeSpotRow> rows = BUNDLED.rows();
    assertThat(rows).hasSize(1394);
    MetOfficeSpotRow first = rows.get(0);
    // 2022-02-15 23:00:00,219,2270,99540,0,15,3,2,0,98,99.46,12.86,15.24,7.51,8.36,8.44,7.25,7.99,4.67
    assertThat(first.time()).isEqualTo(Instant.parse("2022-02-15T23:00:00Z"));
    assertThat(first.windDirectionFrom10mDeg()).isEqualTo(219);
    assertThat(first.visibilityM()).isEqualTo(2270);
    assertThat(first.mslpPa()).isEqualTo(99540);
    assertThat(first.uvIndex()).isEqualTo(0);
    assertThat(first.significantWeatherCode()).isEqualTo(15);
    assertThat(first.precipitationRateMmPerH()).isEqualTo(3);
    assertThat(first.probOfPrecipitationPct()).isEqualTo(98);
    assertThat(first.screenRelativeHumidityPct()).isEqualTo(99.46);
    assertThat(first.windGustSpeed10mMps()).isEqualTo(12.86);
    assertThat(first.max10mWindGustMps()).isEqualTo(15.24);
    assertThat(first.windSpeed10mMps()).isEqualTo(7.51);
    assertThat(first.screenTemperatureC()).isEqualTo(8.36);
    assertThat(first.feelsLikeTemperatureC()).isEqualTo(4.67);
    assertThat(rows.get(rows.size() - 1).time()).isEqualTo(Instant.parse("2022-04-30T23:00:00Z"));
  }

  @Test
  void nullCellsAreMissingNotZero() {
    // 2022-03-06 16:00:00,75,25785,102909,1,8,0,NULL,NULL,9,65.46,9.92,NULL,4.79,5.14,NULL,NULL,-0.94,1.69
    MetOfficeSpotRow row = BUNDLED.rows(Instant.parse("2022-03-06T16:00:00Z"), Instant.parse("2022-03-06T17:00:00Z"))
        .get(0);
    assertThat(row.totalPrecipAmountMm()).isNaN();
    assertThat(row.totalSnowAmountMm()).isNaN();
    assertThat(row.max10mWindGustMps()).isNaN();
    assertThat(row.maxScreenAirTempC()).isNaN();
    assertThat(row.minScreenAirTempC()).isNaN();
    assertThat(row.screenTemperatureC()).isEqualTo(5.14);
    assertThat(row.screenDewPointTemperatureC()).isEqualTo(-0.94);
  }

  @Test
  void reproducesRecordedValuesOnTheHourAndInterpolatesBetween() {
    Instant h23 = Instant.parse("2022-02-15T23:00:00Z");
    Instant h00 = Instant.parse("2022-02-16T00:00:00Z");
    assertThat(BUNDLED.temperatureCAt(h23)).isEqualTo(8.36);
    assertThat(BUNDLED.temperatureCAt(h00)).isEqualTo(8.48);
    assertThat(BUNDLED.windSpeed10mMpsAt(h23)).isEqualTo(7.51);
    assertThat(BUNDLED.windSpeed10mMpsAt(h00)).isEqualTo(4.12);
    assertThat(BUNDLED.temperatureCAt(Instant.parse("2022-02-15T23:30:00Z"))).isCloseTo(8.42, within(1e-12));
    assertThat(BUNDLED.windSpeed10mMpsAt(Instant.parse("2022-02-15T23:30:00Z"))).isCloseTo(5.815, within(1e-12));
  }

  @Test
  void forecastIsOnTheMarketDaysHalfHoursWithMidpointValues() {
    MarketDay day = MarketDay.of(2022, 2, 16);
    WeatherForecast f = BUNDLED.forecastFor(day, AS_OF);
    assertThat(f.source()).isEqualTo("replay");
    assertThat(f.issuedAt()).isEqualTo(AS_OF);
    assertThat(f.windMeasurementHeightM()).isEqualTo(10.0);
    assertThat(f.samples()).extracting(WeatherSample::interval).containsExactlyElementsOf(day.halfHours());

    WeatherSample first = f.samples().get(0); // [23:00, 23:30), midpoint 23:15 = 3/4 of 23:00 + 1/4 of 00:00
    assertThat(first.airTemperatureC()).isCloseTo(0.75 * 8.36 + 0.25 * 8.48, within(1e-12));
    assertThat(first.windSpeedMps()).isCloseTo(0.75 * 7.51 + 0.25 * 4.12, within(1e-12));
    assertThat(first.pressureHpa()).isCloseTo((0.75 * 99540 + 0.25 * 99425) / 100, within(1e-9));
    assertThat(first.interpolated()).isTrue();
    WeatherSample second = f.samples().get(1); // midpoint 23:45
    assertThat(second.airTemperatureC()).isCloseTo(0.25 * 8.36 + 0.75 * 8.48, within(1e-12));
    assertThat(second.windSpeedMps()).isCloseTo(0.25 * 7.51 + 0.75 * 4.12, within(1e-12));

    assertThat(f.samples()).allSatisfy(s -> {
      assertThat(s.ghiWm2()).isNaN();
      assertThat(s.dniWm2()).isNaN();
      assertThat(s.dhiWm2()).isNaN();
      assertThat(s.cloudCoverPct()).isNaN();
      assertThat(s.airTemperatureC()).isNotNaN();
      assertThat(s.windSpeedMps()).isNotNaN();
    });
  }

  @Test
  void pressureIsReducedToTheSiteElevation() {
    MarketDay day = MarketDay.of(2022, 2, 16);
    double seaLevel = BUNDLED.forecastFor(day, AS_OF).samples().get(0).pressureHpa();
    double at250m = BUNDLED.atElevation(250).forecastFor(day, AS_OF).samples().get(0).pressureHpa();
    // ICAO standard atmosphere table: 98 357 Pa at 250 m against 101 325 Pa at sea level
    assertThat(at250m / seaLevel).isCloseTo(98357.0 / 101325.0, within(1e-5));
  }

  @Test
  void gapsStayVisibleAsNaN() {
    // the recording stops at 2022-02-25 22:00: the last two half-hours of market day 2022-02-25 need 23:00
    WeatherForecast f = BUNDLED.forecastFor(MarketDay.of(2022, 2, 25), AS_OF);
    assertThat(f.samples()).hasSize(48);
    assertThat(f.samples().subList(0, 46)).allSatisfy(s -> assertThat(s.airTemperatureC()).isNotNaN());
    assertThat(f.samples().subList(46, 48)).allSatisfy(s -> {
      assertThat(s.airTemperatureC()).isNaN();
      assertThat(s.windSpeedMps()).isNaN();
    });
  }

  @Test
  void aDayOutsideTheRecordingIsUnavailableWithReason() {
    assertThatThrownBy(() -> BUNDLED.forecastFor(MarketDay.of(2022, 3, 1), AS_OF))
        .isInstanceOf(WeatherUnavailableException.class)
        .hasMessageContaining("2022-03-01")
        .hasMessageContaining("does not cover");
    assertThatThrownBy(() -> BUNDLED.forecastFor(MarketDay.of(2023, 1, 1), AS_OF))
        .isInstanceOf(WeatherUnavailableException.class);
  }

  @Test
  void listsTheDaysItCoversCompletely() {
    List<MarketDay> days = BUNDLED.coveredDays();
    assertThat(days).hasSize(54);
    assertThat(days.get(0)).isEqualTo(MarketDay.of(2022, 2, 16));
    assertThat(days.get(days.size() - 1)).isEqualTo(MarketDay.of(2022, 4, 30));
    assertThat(days).contains(MarketDay.of(2022, 2, 24), MarketDay.of(2022, 3, 5), MarketDay.of(2022, 3, 12))
        .doesNotContain(MarketDay.of(2022, 2, 25), MarketDay.of(2022, 3, 1), MarketDay.of(2022, 3, 6));
    for (MarketDay d : days) {
      assertThat(BUNDLED.forecastFor(d, AS_OF).samples())
          .allSatisfy(s -> assertThat(s.airTemperatureC()).isNotNaN());
    }
  }

  @Test
  void badInputGetsAnErrorNamingLineAndColumn() {
    String csv = HEADER + "\n"
        + "2022-02-15 23:00:00,219,2270,99540,0,15,3,2,0,98,99.46,12.86,15.24,7.51,8.36,8.44,7.25,7.99,4.67\n"
        + "2022-02-16 00:00:00,238,2030,99425,0,15,2,2,0,96,99.18,14.04,16.48,fast,8.48,8.61,8.36,8.09,6.07\n";
    assertThatThrownBy(() -> MetOfficeSpotReplay.read(new StringReader(csv), "test.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.csv line 3")
        .hasMessageContaining("windSpeed10m 'fast'");
    assertThatThrownBy(() -> MetOfficeSpotReplay.read(new StringReader("time,mslp\n2022-02-15 23:00:00,1\n"), "x.csv"))
        .hasMessageContaining("missing column(s)")
        .hasMessageContaining("windSpeed10m");
    String badTime = HEADER + "\n2022-02-15T23:30,219,2270,99540,0,15,3,2,0,98,99.46,12.86,15.24,7.51,8.36,8.44,7.25,7.99,4.67\n";
    assertThatThrownBy(() -> MetOfficeSpotReplay.read(new StringReader(badTime), "t.csv"))
        .hasMessageContaining("not on a whole hour");
  }

  @Test
  void loadsAFolderOfRecordingsAndRejectsDisagreement(@TempDir Path dir) throws IOException {
    String a = HEADER + "\n"
        + "2022-02-15 23:00:00,219,2270,99540,0,15,3,2,0,98,99.46,12.86,15.24,7.51,8.36,8.44,7.25,7.99,4.67\n";
    String b = HEADER + "\n"
        + "2022-02-15 23:00:00,219,2270,99540,0,15,3,2,0,98,99.46,12.86,15.24,7.51,8.36,8.44,7.25,7.99,4.67\n"
        + "2022-02-16 00:00:00,238,2030,99425,0,NULL,2,2,0,96,99.18,14.04,16.48,4.12,8.48,8.61,8.36,8.09,6.07\n";
    Files.writeString(dir.resolve("a.csv"), a);
    Files.writeString(dir.resolve("b.csv"), b);
    MetOfficeSpotReplay replay = MetOfficeSpotReplay.load(dir);
    assertThat(replay.rows()).hasSize(2);
    assertThat(replay.rows().get(1).hasSignificantWeatherCode()).isFalse();

    Files.writeString(dir.resolve("c.csv"), a.replace(",8.36,", ",9.36,"));
    assertThatThrownBy(() -> MetOfficeSpotReplay.load(dir))
        .hasMessageContaining("disagree")
        .hasMessageContaining("2022-02-15T23:00:00Z");
  }
}
