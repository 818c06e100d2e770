package org.convergence.connectors.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.connectors.weather.MetOfficeSpotReplay;
import org.convergence.core.market.HourPrice;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: a CSV with a byte-order mark reads; a binary or broken one is one line naming the file. */
class CsvBadInputTest {
  private static final String BOM = "\uFEFF";
  private static final MarketDay MAR_15 = MarketDay.of(2022, 3, 15);
  @TempDir Path dir;

  private static String firstLines(String resource, int n) throws IOException {
    try (InputStream in = CsvBadInputTest.class.getResourceAsStream(resource)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(n).toList();
      return String.join("\n", lines) + "\n";
    }
  }

  private static String message(Runnable read) {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, read::run);
    assertThat(e).as("expected an IllegalArgumentException").isNotNull();
    assertThat(e.getMessage()).doesNotContain("\n");
    return e.getMessage();
  }

  @Test
  void weatherCsvWithAByteOrderMarkReadsLikeWithout() throws IOException {
    String csv = firstLines(MetOfficeSpotReplay.BUNDLED_RESOURCE, 30);
    Path plain = Files.writeString(dir.resolve("plain.csv"), csv);
    Path bom = Files.writeString(dir.resolve("bom.csv"), BOM + csv);
    assertThat(MetOfficeSpotReplay.load(bom).rows()).hasSize(29).isEqualTo(MetOfficeSpotReplay.load(plain).rows());
  }

  @Test
  void readingsAndPricesWithAByteOrderMarkRead() throws IOException {
    String readings = firstLines(EnergyOnsiteReader.BUNDLED_RESOURCE, 20);
    Path bom = Files.writeString(dir.resolve(EnergyOnsiteReader.FILE_NAME), BOM + readings);
    assertThat(EnergyOnsiteReader.loadRows(bom)).hasSize(19);
    Path prices = Files.writeString(dir.resolve("mid.csv"), BOM + """
        start_time_utc,price_gbp_per_mwh,volume_mwh
        2022-03-15T10:00Z,100,1
        2022-03-15T10:30Z,110,1
        """);
    assertThat(GbPriceFiles.load(List.of(prices)).clearingPrices(MAR_15, MAR_15))
        .containsExactly(new HourPrice(MAR_15, HourId.of(12), 105));
  }

  @Test
  void binaryWeatherCsvIsOneLineNamingTheFile() throws IOException {
    byte[] binary = new byte[4096];
    new java.util.Random(15).nextBytes(binary);
    Path file = Files.write(dir.resolve("metoffice_spot.csv"), binary);
    assertThat(message(() -> MetOfficeSpotReplay.load(file)))
        .isEqualTo(file + ": not a text CSV file (binary content; expected UTF-8 text)");
    Path gz = Files.write(dir.resolve("prices.csv"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3});
    assertThat(message(() -> GbPriceFiles.load(List.of(gz))))
        .isEqualTo(gz + ": not a text CSV file (binary content; expected UTF-8 text)");
  }

  @Test
  void latin1TextIsNotMistakenForBinaryWhenOnlyTheSampleEndCutsACharacter() {
    byte[] sample = new byte[CsvText.SAMPLE_BYTES];
    java.util.Arrays.fill(sample, (byte) 'a');
    sample[sample.length - 1] = (byte) 0xC3; // first byte of a two-byte character, cut by the sample's end
    assertThat(CsvText.isBinary(sample)).isFalse();
    assertThat(CsvText.isBinary("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
    assertThat(CsvText.isBinary("caf\u00e9".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void priceCsvWithABrokenHeaderInAFolderIsAnErrorNamingIt() throws IOException {
    Files.writeString(dir.resolve("a-mid.csv"), """
        start_time_utc,price_gbp_per_mwh,volume_mwh
        2022-03-15T10:00Z,100,1
        """);
    Path broken = Files.writeString(dir.resolve("b-mid.csv"), """
        start_time_utc,price_gbp_per_mwh,volume
        2022-03-15T11:00Z,100,1
        """);
    Files.writeString(dir.resolve("notes.csv"), "x,y\n1,2\n");
    assertThat(message(() -> GbPriceFiles.load(List.of(dir))))
        .isEqualTo(broken + ": broken price file header: missing [volume_mwh] (Elexon MID half-hours need"
            + " start_time_utc, price_gbp_per_mwh and volume_mwh; hourly system prices need hour_start_utc and"
            + " system_price_gbp_per_mwh; half-hourly system prices start_time_utc and system_sell_price_gbp_per_mwh);"
            + " it has [start_time_utc, price_gbp_per_mwh, volume]");
  }

  @Test
  void outliersAndDuplicatesAreKeptAndFlagged() throws IOException {
    Path mid = Files.writeString(dir.resolve("mid.csv"), """
        start_time_utc,price_gbp_per_mwh,volume_mwh
        2022-03-15T10:00Z,1e12,1
        2022-03-15T10:30Z,110,1
        2022-03-15T10:30Z,120,1
        2022-03-15T11:00Z,-600,1
        """);
    Path system = Files.writeString(dir.resolve("system.csv"), """
        hour_start_utc,system_price_gbp_per_mwh
        2022-03-15T10:00Z,50
        2022-03-15T10:00Z,
        2022-03-15T11:00Z,4020.98
        2022-03-15T12:00Z,9999
        """);
    GbPriceFiles.Loaded loaded = GbPriceFiles.loadChecked(List.of(mid, system));
    assertThat(loaded.warnings()).containsExactly(
        mid + ": 2 price(s) outside the auction's limits [-500.0, 3000.0] GBP/MWh, kept as outliers: line 2"
            + " (2022-03-15T10:00:00Z: 1.0E12), line 5 (2022-03-15T11:00:00Z: -600.0)",
        mid + ": 1 duplicated time(s), the later row used: line 4 (2022-03-15T10:30:00Z)",
        system + ": 1 price(s) outside the plausible imbalance prices [-6000.0, 6000.0] GBP/MWh, kept as outliers:"
            + " line 5 (2022-03-15T12:00:00Z: 9999.0)",
        system + ": 1 duplicated time(s), the later row used: line 3 (2022-03-15T10:00:00Z)");
    // no data lost: the outlier is in the hour's mean, the later duplicate is used
    assertThat(loaded.history().clearingPrices(MAR_15, MAR_15)).containsExactly(
        new HourPrice(MAR_15, HourId.of(12), (1e12 + 120) / 2), new HourPrice(MAR_15, HourId.of(13), -600));
  }

  @Test
  void theBundledPricesHaveNoOutliersOrDuplicates() throws IOException {
    for (String name : List.of(GbPriceFiles.BUNDLED_MID, GbPriceFiles.BUNDLED_SYSTEM)) {
      try (InputStream in = GbPriceFiles.class.getResourceAsStream(name)) {
        Path copy = dir.resolve(name);
        Files.copy(in, copy);
        assertThat(GbPriceFiles.loadChecked(List.of(copy)).warnings()).as(name).isEmpty();
      }
    }
  }
}
