package org.convergence.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceDataReaderTest {
  static DailySeries np() throws IOException {
    return PriceDataReader.readEpf("NP", new InputStreamReader(
        PriceDataReaderTest.class.getResourceAsStream("/epf/NP_2013_slice.csv"), StandardCharsets.UTF_8));
  }

  static DailySeries gb() throws IOException {
    return PriceDataReader.readGb("GB", new InputStreamReader(
        PriceDataReaderTest.class.getResourceAsStream("/gb/gb_apxmidp_2022_jan_apr.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void readsTheEpftoolboxLayout() throws IOException {
    DailySeries s = np();
    assertThat(s.firstDay()).isEqualTo(LocalDate.of(2013, 1, 1));
    assertThat(s.days()).isEqualTo(130);
    assertThat(s.exogenousNames()).containsExactly("Grid load forecast", "Wind power forecast");
    assertThat(s.price(0, 0)).isEqualTo(31.05); // 2013-01-01 00:00,31.05,42497.0,2798.0
    assertThat(s.exogenous(0, 0, 0)).isEqualTo(42497.0);
    assertThat(s.exogenous(1, 0, 1)).isEqualTo(2417.0);
    assertThat(s.missingPrices()).isZero();
  }

  @Test
  void readsTheGbAimlacLayoutByMarketDayAndHourId() throws IOException {
    DailySeries s = gb();
    assertThat(s.firstDay()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(s.lastDay()).isEqualTo(LocalDate.of(2022, 4, 30));
    assertThat(s.exogenousCount()).isZero();
    // 2880 rows, 3 of them without trades (price = volume = 0: treated as missing)
    assertThat(s.days() * 24 - s.missingPrices()).isEqualTo(2877);
  }

  @Test
  void aByteOrderMarkDoesNotHideTheFirstColumn(@TempDir Path dir) throws IOException {
    // a spreadsheet export with the market day as its first column, written with a UTF-8 byte-order mark
    Path file = dir.resolve("gb_bom.csv");
    StringBuilder csv = new StringBuilder("\uFEFFaimlac_market_date,aimlac_hour_id,price_mean_gbp_per_mwh\n");
    for (int h = 1; h <= 24; h++) {
      csv.append("2022-01-01,").append(h).append(',').append(40 + h).append('\n');
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    DailySeries s = PriceDataReader.read(file);
    assertThat(s.name()).isEqualTo("gb_bom");
    assertThat(s.firstDay()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(s.price(0, 0)).isEqualTo(41.0);
    assertThat(s.missingPrices()).isZero();
  }

  @Test
  void readsAnEpfFileWithAByteOrderMarkByItsHeader(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("X.csv");
    Files.writeString(file, "\uFEFFDate, Price\n2013-01-01 00:00:00,31.05\n" + hoursAfterMidnight(), StandardCharsets.UTF_8);
    DailySeries s = PriceDataReader.read(file);
    assertThat(s.firstDay()).isEqualTo(LocalDate.of(2013, 1, 1));
    assertThat(s.price(0, 0)).isEqualTo(31.05);
  }

  private static String hoursAfterMidnight() {
    StringBuilder rows = new StringBuilder();
    for (int h = 1; h < 24; h++) {
      rows.append(String.format("2013-01-01 %02d:00:00,%d%n", h, h));
    }
    return rows.toString();
  }

  @Test
  void namesTheLineOfABadNumber() {
    String csv = "Date, Price, Load\n2013-01-01 00:00:00,31.05,42497.0\n2013-01-01 01:00:00,abc,1\n";
    assertThatThrownBy(() -> PriceDataReader.readEpf("X", new StringReader(csv)))
        .hasMessageContaining("line 3").hasMessageContaining("abc");
  }

  @Test
  void rejectsAMissingHourInTheEpfLayout() {
    String csv = "Date, Price\n2013-01-01 00:00:00,1\n2013-01-01 02:00:00,2\n";
    assertThatThrownBy(() -> PriceDataReader.readEpf("X", new StringReader(csv)))
        .hasMessageContaining("expected 2013-01-01 hour 1");
  }

  @Test
  void gbNoTradeHoursAndGapsAreMissingAndInterpolatedOnlyBetweenKnownHours() throws IOException {
    String csv = "hour_start_utc,aimlac_market_date,aimlac_hour_id,n_halfhours,price_mean_gbp_per_mwh,"
        + "price_volume_weighted_gbp_per_mwh,volume_mwh_sum\n"
        + "x,2022-01-01,1,2,10,10,5\nx,2022-01-01,2,2,0,,0\nx,2022-01-01,3,2,30,30,5\n";
    DailySeries s = PriceDataReader.readGb("G", new StringReader(csv));
    assertThat(s.price(0, 1)).isNaN();
    DailySeries filled = s.withGapsInterpolated();
    assertThat(filled.price(0, 1)).isEqualTo(20);
    assertThat(filled.price(0, 3)).isNaN(); // trailing gap stays missing
  }

  @Test
  void knownUpToMasksLaterPrices() throws IOException {
    DailySeries s = np();
    DailySeries k = s.knownUpTo(LocalDate.of(2013, 2, 1), LocalDate.of(2013, 2, 2));
    assertThat(k.days()).isEqualTo(s.indexOf(LocalDate.of(2013, 2, 2)) + 1);
    assertThat(k.price(k.indexOf(LocalDate.of(2013, 2, 1)), 23)).isEqualTo(s.price(31, 23));
    assertThat(k.price(k.indexOf(LocalDate.of(2013, 2, 2)), 0)).isNaN();
    assertThat(k.exogenous(0, k.indexOf(LocalDate.of(2013, 2, 2)), 0)).isEqualTo(s.exogenous(0, 32, 0));
  }
}
