package org.convergence.connectors.gbprices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convergence.connectors.elexon.ElexonCsv;
import org.convergence.connectors.elexon.MarketIndexPrice;
import org.convergence.connectors.elexon.SystemPrice;
import org.convergence.core.market.HourPrice;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.convergence.core.time.SettlementPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GbPriceFilesTest {
  private static final MarketDay MAR_15 = MarketDay.of(2022, 3, 15);

  private static double clearing(InMemoryPriceHistory h, MarketDay day, int hour) {
    return h.clearingPrices(day, day).stream().filter(p -> p.hour().value() == hour).findFirst().orElseThrow()
        .priceGbpPerMWh();
  }

  @Test
  void bundledPricesCoverFiveYearsOfClearingAndTwentyMonthsOfImbalanceHourByHour() {
    InMemoryPriceHistory h = GbPriceFiles.bundled();

    // the first half-hour starts 2018-01-01T00:00Z (hour 2 of that market day); the last, 2022-12-31T23:30Z, falls
    // in hour 1 of market day 2023-01-01
    assertThat(h.firstClearingDay()).contains(MarketDay.of(2018, 1, 1));
    assertThat(h.lastClearingDay()).contains(MarketDay.of(2023, 1, 1));
    // distinct UTC hours with at least one traded half-hour, and hours with a system price (counted with Python
    // from the same gzip files, see SOURCE.md)
    assertThat(h.clearingHourCount()).isEqualTo(42_568);
    assertThat(h.imbalanceHourCount()).isEqualTo(14_835);
    assertThat(h.imbalancePrices(MarketDay.of(2021, 1, 1), MarketDay.of(2021, 1, 1))).hasSize(23);
    assertThat(h.imbalancePrices(MarketDay.of(2022, 9, 12), MarketDay.of(2022, 9, 12))).isNotEmpty();
    assertThat(h.imbalancePrices(MarketDay.of(2022, 9, 14), MarketDay.of(2022, 12, 31))).isEmpty();
  }

  @Test
  void anHourIsTheMeanOfItsTwoApxHalfHours() {
    InMemoryPriceHistory h = GbPriceFiles.bundled();
    // 2022-03-14T23:00Z 187.11 and 23:30Z 190.69 (settlement periods 47, 48 of 2022-03-14)
    assertThat(clearing(h, MAR_15, 1)).isCloseTo((187.11 + 190.69) / 2, within(1e-9));
    // 2022-03-15T00:00Z 170.85 and 00:30Z 192.35
    assertThat(clearing(h, MAR_15, 2)).isCloseTo((170.85 + 192.35) / 2, within(1e-9));
    assertThat(h.imbalancePrices(MAR_15, MAR_15).get(0)).isEqualTo(new HourPrice(MAR_15, HourId.of(1), 72));
  }

  @Test
  void halfHoursWithoutTradesAreSkipped() {
    InMemoryPriceHistory h = GbPriceFiles.bundled();
    MarketDay apr13 = MarketDay.of(2022, 4, 13);
    // hour 1 (23:00-24:00Z of 04-12): both half-hours price 0 volume 0 -> no price
    assertThat(h.clearingPrices(apr13, apr13)).extracting(p -> p.hour().value()).doesNotContain(1);
    // hour 2: 00:00Z is 0/0, 00:30Z is 212.86 -> that one alone
    assertThat(clearing(h, apr13, 2)).isEqualTo(212.86);
    assertThat(h.clearingPrices(MarketDay.of(2022, 1, 12), MarketDay.of(2022, 1, 12))).hasSize(23);
  }

  @Test
  void readsTheElexonFormatWithOrWithoutSecondsAndDerivedColumns() throws IOException {
    String csv = """
        start_time_utc,settlement_date,settlement_period,price_gbp_per_mwh,volume_mwh
        2022-06-30T23:00:00Z,2022-07-01,1,-10.5,100
        2022-06-30T23:30Z,2022-07-01,2,-20.5,200
        2022-07-01T00:00Z,2022-07-01,3,0,12
        """;
    GbPriceFiles.PriceFile file = GbPriceFiles.read(new StringReader(csv), "test.csv");

    assertThat(file.kind()).isEqualTo(GbPriceFiles.Kind.CLEARING);
    assertThat(file.prices()).containsExactly(
        new HourPrice(MarketDay.of(2022, 7, 1), HourId.of(1), -15.5),
        new HourPrice(MarketDay.of(2022, 7, 1), HourId.of(2), 0.0));
  }

  @Test
  void aBadRowNamesTheFileLineAndProblem() {
    String csv = """
        start_time_utc,settlement_date,settlement_period,price_gbp_per_mwh,volume_mwh
        2022-06-30T23:00Z,2022-07-01,1,40,100
        2022-06-30T23:30Z,2022-07-01,2,n/a,100
        """;
    assertThatThrownBy(() -> GbPriceFiles.read(new StringReader(csv), "mid.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mid.csv line 3: price_gbp_per_mwh 'n/a' is not a finite number");
    String offGrid = "hour_start_utc,system_price_gbp_per_mwh\n2022-06-30T23:10Z,5\n";
    assertThatThrownBy(() -> GbPriceFiles.read(new StringReader(offGrid), "sys.csv"))
        .hasMessageContaining("sys.csv line 2").hasMessageContaining("not the start of an hour");
    assertThatThrownBy(() -> GbPriceFiles.read(new StringReader("a,b\n1,2\n"), "other.csv"))
        .isInstanceOf(GbPriceFiles.UnrecognisedFileException.class)
        .hasMessageContaining("other.csv: not a GB price file");
  }

  @Test
  void loadsFilesAndDirectoriesSkippingOtherCsvsInADirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("mid.csv"), """
        start_time_utc,price_gbp_per_mwh,volume_mwh
        2022-03-15T10:00Z,100,1
        2022-03-15T10:30Z,110,1
        """);
    Files.writeString(dir.resolve("system.csv"), """
        hour_start_utc,system_price_gbp_per_mwh
        2022-03-15T10:00Z,
        2022-03-15T11:00Z,-3.25
        """);
    Files.writeString(dir.resolve("notes.csv"), "x,y\n1,2\n");

    InMemoryPriceHistory fromDir = GbPriceFiles.load(List.of(dir));
    InMemoryPriceHistory fromFile = GbPriceFiles.load(List.of(dir.resolve("mid.csv")));

    assertThat(fromDir.clearingPrices(MAR_15, MAR_15)).containsExactly(new HourPrice(MAR_15, HourId.of(12), 105));
    assertThat(fromDir.imbalancePrices(MAR_15, MAR_15)).containsExactly(new HourPrice(MAR_15, HourId.of(13), -3.25));
    assertThat(fromFile.imbalancePrices(MAR_15, MAR_15)).isEmpty();
    assertThatThrownBy(() -> GbPriceFiles.load(List.of(dir.resolve("notes.csv"))))
        .isInstanceOf(GbPriceFiles.UnrecognisedFileException.class);
    assertThatThrownBy(() -> GbPriceFiles.load(List.of(dir.resolve("missing.csv"))))
        .hasMessageContaining("missing.csv does not exist");
  }

  @Test
  void loadsTheFolderThatFetchPricesWritesBothFilesIncluded(@TempDir Path dir) throws IOException {
    // two half-hours of 2022-03-15 10:00Z, as ./convergence fetch prices writes them (ElexonCsv, its writer)
    Instant ten = Instant.parse("2022-03-15T10:00:00Z");
    Instant tenThirty = Instant.parse("2022-03-15T10:30:00Z");
    StringWriter mid = new StringWriter();
    ElexonCsv.writeMarketIndex(mid, List.of(
        new MarketIndexPrice(SettlementPeriod.containing(ten), ten, "APXMIDP", 100, 1),
        new MarketIndexPrice(SettlementPeriod.containing(tenThirty), tenThirty, "APXMIDP", 110, 1)));
    StringWriter system = new StringWriter();
    ElexonCsv.writeSystemPrices(system, List.of(
        new SystemPrice(SettlementPeriod.containing(ten), ten, 40, 40, 12),
        new SystemPrice(SettlementPeriod.containing(tenThirty), tenThirty, -5, -5, Double.NaN)));
    Files.writeString(dir.resolve("elexon_mid_apxmidp_halfhourly.csv"), mid.toString());
    Files.writeString(dir.resolve("elexon_system_prices_halfhourly.csv"), system.toString());

    InMemoryPriceHistory h = GbPriceFiles.load(List.of(dir));

    assertThat(h.clearingPrices(MAR_15, MAR_15)).containsExactly(new HourPrice(MAR_15, HourId.of(12), 105));
    // the hour's imbalance price: the mean of its half-hours' system prices, as the database path stores it
    assertThat(h.imbalancePrices(MAR_15, MAR_15)).containsExactly(new HourPrice(MAR_15, HourId.of(12), 17.5));
    assertThat(GbPriceFiles.read(dir.resolve("elexon_system_prices_halfhourly.csv")).kind())
        .isEqualTo(GbPriceFiles.Kind.IMBALANCE);
  }
}
