package org.convergence.connectors.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;

class RecordedCarbonIntensityTest {
  @Test
  void bundledSliceCoversAMarketDayHourByHour() {
    var day = MarketDay.of(2022, 4, 30);
    var rows = RecordedCarbonIntensity.bundled().intensity(day.delivery());
    assertThat(rows).hasSize(24);
    assertThat(rows.get(0).interval().start()).isEqualTo(day.deliveryStart());
    // the shared file's rows at 2022-04-30T22:00Z and 23:00Z are 227.0 and 230.0; hour 24 starts at 22:00Z
    assertThat(rows.get(23).forecastGPerKWh()).isEqualTo(227.0);
    assertThat(rows.get(23).actualGPerKWh()).isNaN();
  }

  @Test
  void badValueNamesTheLine() {
    assertThatThrownBy(() -> RecordedCarbonIntensity.read(new StringReader(
        "hour_start_utc,carbon_intensity_gco2_per_kwh\n2022-01-01T00:00Z,12\n2022-01-01T01:00Z,abc\n"), "x.csv"))
        .hasMessageContaining("x.csv line 2").hasMessageContaining("abc");
  }

  @Test
  void servesTheHoursOverlappingAnInterval() throws Exception {
    var r = RecordedCarbonIntensity.read(new StringReader("hour_start_utc,carbon_intensity_gco2_per_kwh\n"
        + "2022-01-01T00:00Z,12\n2022-01-01T01:00Z,14\n2022-01-01T02:00Z,16\n"), "y");
    var rows = r.intensity(new org.convergence.core.time.Interval(Instant.parse("2022-01-01T00:30:00Z"),
        Instant.parse("2022-01-01T01:30:00Z")));
    assertThat(rows).extracting(c -> c.forecastGPerKWh()).containsExactly(12.0, 14.0);
  }
}
