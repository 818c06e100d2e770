package org.convergence.model.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GbFundamentalsReaderTest {
  private static final String HEAD = "Date (WET);demand;long_term_wind\n;MW;MW\n";

  /** Three GB market days from {@code first}, every price 50. */
  private static DailySeries prices(LocalDate first) {
    double[][] p = new double[3][24];
    for (double[] day : p) {
      Arrays.fill(day, 50);
    }
    return new DailySeries("GB", first, p, List.of(), new double[0][][]);
  }

  private static GbFundamentalsReader.Attached read(String rows, LocalDate first, List<String> columns)
      throws IOException {
    return GbFundamentalsReader.attach("ff.csv", new StringReader(HEAD + rows), columns, prices(first));
  }

  @Test
  void placesEachUkLocalHourOnTheAimlacDayAndHourThatDeliverIt() throws IOException {
    // winter: UK local = UTC; 23:00 on 2021-01-01 is hour 1 of market day 2021-01-02
    GbFundamentalsReader.Attached a = read("""
        [01/01/2021 00:00];30000;-3000
        [01/01/2021 22:00];31000;-3100
        [01/01/2021 23:00];32000;-3200
        """, LocalDate.of(2021, 1, 1), List.of("demand", "long_term_wind"));
    DailySeries s = a.series();
    assertThat(s.exogenousNames()).containsExactly("demand", "long_term_wind");
    assertThat(s.exogenous(0, 0, 1)).isEqualTo(30000); // 00:00Z: hour 2 of 2021-01-01
    assertThat(s.exogenous(1, 0, 23)).isEqualTo(-3100); // 22:00Z: hour 24
    assertThat(s.exogenous(0, 1, 0)).isEqualTo(32000); // 23:00Z: hour 1 of 2021-01-02
    assertThat(s.exogenous(0, 0, 0)).isNaN(); // not in the file
    assertThat(s.price(1, 5)).isEqualTo(50); // the prices are the GB series'
    assertThat(s.name()).isEqualTo("GB+ff");
    assertThat(a.notNumbers()).isZero();
  }

  @Test
  void theRepeatedAutumnHourIsSummerTimeFirstThenWinterTimeAndTheSkippedSpringHourIsAbsent() throws IOException {
    DailySeries autumn = read("""
        [31/10/2021 00:00];1;0
        [31/10/2021 01:00];2;0
        [31/10/2021 01:00];3;0
        [31/10/2021 02:00];4;0
        """, LocalDate.of(2021, 10, 31), List.of("demand")).series();
    // 00:00 BST = 23:00Z on 10-30 (hour 1), 01:00 BST = 00:00Z (hour 2), 01:00 GMT = 01:00Z (hour 3), 02:00 GMT
    assertThat(new double[] {autumn.exogenous(0, 0, 0), autumn.exogenous(0, 0, 1), autumn.exogenous(0, 0, 2),
        autumn.exogenous(0, 0, 3)}).containsExactly(1, 2, 3, 4);
    DailySeries spring = read("""
        [28/03/2021 00:00];1;0
        [28/03/2021 02:00];2;0
        """, LocalDate.of(2021, 3, 28), List.of("demand")).series();
    // 00:00 GMT = 00:00Z (hour 2); 02:00 BST = 01:00Z (hour 3)
    assertThat(spring.exogenous(0, 0, 1)).isEqualTo(1);
    assertThat(spring.exogenous(0, 0, 2)).isEqualTo(2);
  }

  @Test
  void aCellThatIsNotANumberIsMissingAndCounted() throws IOException {
    GbFundamentalsReader.Attached a = read("""
        [01/01/2021 00:00];Please;-3000
        [01/01/2021 01:00];;-3000
        [01/01/2021 02:00];30000;-3000
        """, LocalDate.of(2021, 1, 1), List.of("demand"));
    assertThat(a.notNumbers()).isEqualTo(2);
    assertThat(a.firstNotNumber()).isEqualTo("line 3 demand 'Please'");
    assertThat(a.series().exogenous(0, 0, 1)).isNaN();
    assertThat(a.series().exogenous(0, 0, 3)).isEqualTo(30000);
  }

  @Test
  void aMissingColumnABadTimeAndRowsOutOfOrderAreRefusedNamingTheFile() {
    LocalDate first = LocalDate.of(2021, 1, 1);
    assertThatThrownBy(() -> read("[01/01/2021 00:00];1;2\n", first, List.of("stack_price")))
        .isInstanceOf(IOException.class).hasMessageStartingWith("ff.csv: no column stack_price; it has");
    assertThatThrownBy(() -> read("2021-01-01 00:00;1;2\n", first, List.of("demand")))
        .isInstanceOf(IOException.class).hasMessageStartingWith("ff.csv line 3: bad time '2021-01-01 00:00'");
    assertThatThrownBy(() -> read("[01/01/2021 01:00];1;2\n[01/01/2021 00:00];1;2\n", first, List.of("demand")))
        .isInstanceOf(IOException.class).hasMessageContaining("ff.csv line 4: [01/01/2021 00:00] is not after");
  }
}
