package org.convergence.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sweep tests' set-up: a plan on the shipped settings written to a file, and the sweep run on it. */
final class SweepTestPlans {
  /** The shipped settings.yaml every test plan names. */
  static final Path SETTINGS = Path.of("..", "settings.yaml").toAbsolutePath().normalize();

  private SweepTestPlans() {}

  /**
   * Writes {@code file}: a plan on the shipped settings with no recorded-data overrides, the period {@code
   * from..to} in blocks of {@code blockDays} days with {@code warmupDays} of warm-up, then {@code rest} (its {@code
   * set}, {@code strategies} and {@code evaluations} keys, YAML at the plan's top level).
   */
  static Path write(Path file, LocalDate from, LocalDate to, int blockDays, int warmupDays, String rest)
      throws IOException {
    String yaml = """
        settings: %s
        data:
          readings: ""
          weather: ""
          prices: []
        period:
          from: %s
          to: %s
        block_days: %d
        warmup_days: %d
        %s""".formatted(SETTINGS, from, to, blockDays, warmupDays, rest);
    return Files.writeString(file, yaml);
  }

  /** What one run of the sweep returned and printed. */
  record Run(int exit, String stdout, String stderr) {}

  /** {@code sweep --plan plan --out out [-- beamOptions]}, its standard output and error captured. */
  static Run sweep(Path plan, Path out, String... beamOptions) {
    List<String> args = new ArrayList<>(List.of("--plan", plan.toString(), "--out", out.toString()));
    if (beamOptions.length > 0) {
      args.add("--");
      args.addAll(List.of(beamOptions));
    }
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int exit = SweepMain.run(args.toArray(String[]::new), new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8), Map.of());
    return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
  }

  /** A second run of the plan into {@code out} finds its {@code done} results there and runs nothing. */
  static void assertARerunRunsNothing(Path plan, Path out, int done) {
    Run again = sweep(plan, out);
    assertThat(again.exit()).as(again.stderr()).isZero();
    assertThat(again.stderr()).contains(done + " already in").contains("0 elements to run");
  }
}
