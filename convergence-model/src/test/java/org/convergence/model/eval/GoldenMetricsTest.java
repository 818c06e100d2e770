package org.convergence.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Our metric code on the published epftoolbox NP forecasts reproduces the paper's NP DNN-ensemble figures
 * (Lago et al. 2021, quoted in epftoolbox's evaluation docstrings): MAE 1.667, rMAE 0.403, sMAPE 4.85 %, RMSE
 * 3.333; and the recomputed LEAR-ensemble figures 1.738 / 0.420 / 5.01 % / 3.362.
 */
class GoldenMetricsTest {
  static List<double[]> read() throws IOException {
    List<double[]> rows = new ArrayList<>();
    try (Reader in = new InputStreamReader(
        GoldenMetricsTest.class.getResourceAsStream("/epf/NP_ensemble_forecasts.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        rows.add(new double[] {Double.parseDouble(r.get("real_price")), Double.parseDouble(r.get("dnn_ensemble_2020")),
            Double.parseDouble(r.get("lear_ensemble_2020"))});
      }
    }
    return rows;
  }

  static double[] column(List<double[]> rows, int c) {
    return rows.stream().mapToDouble(r -> r[c]).toArray();
  }

  @Test
  void npDnnEnsembleMatchesThePaper() throws IOException {
    List<double[]> rows = read();
    assertThat(rows).hasSize(17_472);
    PointMetrics m = PointMetrics.of(column(rows, 0), column(rows, 1));
    assertThat(m.mae()).isCloseTo(1.667, within(0.0005));
    assertThat(m.rmae()).isCloseTo(0.403, within(0.0005));
    assertThat(m.smapePercent()).isCloseTo(4.85, within(0.005));
    assertThat(m.rmse()).isCloseTo(3.333, within(0.0005));
  }

  @Test
  void npLearEnsembleMatchesTheRecomputedTable() throws IOException {
    List<double[]> rows = read();
    PointMetrics m = PointMetrics.of(column(rows, 0), column(rows, 2));
    assertThat(m.mae()).isCloseTo(1.738, within(0.0005));
    assertThat(m.rmae()).isCloseTo(0.420, within(0.0005));
    assertThat(m.smapePercent()).isCloseTo(5.01, within(0.005));
    assertThat(m.rmse()).isCloseTo(3.362, within(0.0005));
  }

  @Test
  void dieboldMarianoPrefersTheDnnOverLearOnNp() throws IOException {
    List<double[]> rows = read();
    int days = rows.size() / 24;
    double[][] a = new double[days][24];
    double[][] dnn = new double[days][24];
    double[][] lear = new double[days][24];
    for (int i = 0; i < rows.size(); i++) {
      a[i / 24][i % 24] = rows.get(i)[0];
      dnn[i / 24][i % 24] = rows.get(i)[1];
      lear[i / 24][i % 24] = rows.get(i)[2];
    }
    DieboldMariano.Result learVsDnn = DieboldMariano.multivariate(a, lear, dnn, 1);
    DieboldMariano.Result dnnVsLear = DieboldMariano.multivariate(a, dnn, lear, 1);
    assertThat(learVsDnn.days()).isEqualTo(728);
    assertThat(learVsDnn.statistic()).isPositive();
    assertThat(learVsDnn.pValue()).isLessThan(0.05); // the DNN ensemble is significantly better on NP
    assertThat(dnnVsLear.statistic()).isCloseTo(-learVsDnn.statistic(), within(1e-9));
    assertThat(dnnVsLear.pValue()).isGreaterThan(0.95);
  }
}
