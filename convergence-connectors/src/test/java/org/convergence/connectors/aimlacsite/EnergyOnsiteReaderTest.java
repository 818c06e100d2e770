package org.convergence.connectors.aimlacsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.convergence.core.energy.SiteReading;
import org.junit.jupiter.api.Test;

class EnergyOnsiteReaderTest {
  @Test
  void bundledCopyIsReadInKilowattsWithConsumptionPositive() {
    List<SiteReading> r = EnergyOnsiteReader.bundled();
    assertThat(r).hasSize(2506);
    SiteReading first = r.get(0);
    assertThat(first.time()).isEqualTo(Instant.parse("2022-02-16T00:33:35Z"));
    assertThat(first.officeKw()).isEqualTo(20);
    assertThat(first.computingCentreKw()).isEqualTo(200);
    assertThat(first.windKw()).isEqualTo(6 * 57.830, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(first.solarKw()).isZero();
    assertThat(first.officeTemperatureC()).isEqualTo(12.01);
    assertThat(r).allSatisfy(x -> assertThat(x.officeKw()).isIn(20.0, 30.0, 140.0, 150.0));
  }

  @Test
  void badCellsNameLineAndColumnEmptyCellsAreGaps() throws Exception {
    String header = "time,hq_power,computing_center,wind1,wind2,wind3,wind4,windA,windB,hq_temperature,solar\n";
    List<SiteReading> r = EnergyOnsiteReader.read(new StringReader(header
        + "2022-02-16 00:33:35,-20000,-200000,1,1,1,1,1,1,,0\n"), "t");
    assertThat(r.get(0).officeTemperatureC()).isNaN();
    assertThatThrownBy(() -> EnergyOnsiteReader.read(new StringReader(header
        + "2022-02-16 00:33:35,-20000,-200000,1,1,x,1,1,1,12,0\n"), "t"))
        .hasMessageContaining("t line 2").hasMessageContaining("wind3");
    assertThatThrownBy(() -> EnergyOnsiteReader.read(new StringReader("time,solar\n"), "t"))
        .hasMessageContaining("missing column");
  }
}
