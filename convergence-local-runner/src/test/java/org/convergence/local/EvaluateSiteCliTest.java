package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvaluateSiteCliTest {
  @Test
  void jsonIsOneArrayOfTwelveScoresOverTheBundledData() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = ConvergenceCli.commandLine().execute("evaluate", "site", "--settings", "../settings.yaml",
          "--from", "2022-04-01", "--to", "2022-04-10", "--json");
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8).trim();
    assertThat(code).isZero();
    assertThat(out).startsWith("[{").endsWith("}]");
    assertThat(out.split("\\{\"component\"")).hasSize(17);
    for (String model : new String[] {"convergence", "corrected", "seed", "persistence"}) {
      assertThat(out).contains("\"component\":\"net\",\"model\":\"" + model + "\",\"mae_kw\":");
    }
  }

  @Test
  void missingDataFolderIsAClearError() {
    StringWriter err = new StringWriter();
    var cli = ConvergenceCli.commandLine();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("evaluate", "site", "--settings", "../settings.yaml", "--data", "/nonexistent-dir");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("metoffice_spot.csv").contains("file not found");
  }
}
