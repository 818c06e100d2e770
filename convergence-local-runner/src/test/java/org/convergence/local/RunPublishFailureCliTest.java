package org.convergence.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convergence.core.store.RunRecord;
import org.convergence.core.store.RunStatus;
import org.convergence.core.time.MarketDay;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./convergence run} in replay mode whose dashboard folder cannot be written (its parent is a file: this stops
 * root too): the orders are in, the run is stored as traded, the publishing error is one line, the exit is 1.
 */
class RunPublishFailureCliTest {
  static final MarketDay REPLAY_DAY = MarketDay.of(2022, 4, 30);

  @TempDir Path dir;

  @Test
  void aDashboardThatCannotBeWrittenIsOneErrorLineAndTheRunStaysTraded() throws IOException {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "a file where the dashboard folder's parent is");
    String yaml = ShippedSettings.yaml(dir.resolve("db"), blocker.resolve("dashboard"));
    Path settings = Files.writeString(dir.resolve("settings.yaml"), yaml);

    CommandLine cli = ConvergenceCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("run", "--settings", settings.toString());

    assertThat(exit).as(err.toString()).isEqualTo(ExitCode.FAILED.code());
    assertThat(out.toString()).contains("SUBMITTED").contains("holds 24 orders").contains("plan verified")
        .contains("Error         publishing the dashboard failed");
    assertThat(err.toString().lines()).as(err.toString()).hasSize(2)
        .allMatch(l -> l.startsWith("error: "))
        .anyMatch(l -> l.startsWith("error: publishing the dashboard failed"))
        .anyMatch(l -> l.contains("stand at the exchange"));
    assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception in");
    try (JdbcStore store = Databases.open(DatabaseConfig.embedded(dir.resolve("db")))) {
      RunRecord row = store.run(REPLAY_DAY).orElseThrow();
      assertThat(row.status()).as("stored as traded").isEqualTo(RunStatus.DEGRADED);
      assertThat(row.warnings()).anyMatch(w -> w.startsWith("error: publishing the dashboard failed"));
      assertThat(store.heldOrders(REPLAY_DAY)).hasSize(24);
    }
  }
}
