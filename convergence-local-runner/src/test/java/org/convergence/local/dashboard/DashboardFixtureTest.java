package org.convergence.local.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed fixture is exactly what {@link DashboardFixture} publishes from the recorded slices. */
class DashboardFixtureTest {
  @TempDir Path dir;

  @Test
  void theCommittedFixtureIsUpToDate() throws IOException {
    DashboardFixture.publish(dir);

    for (String name : List.of("index.json", "2022-03-22.json", "2022-03-23.json", "backtest.json")) {
      try (InputStream committed = getClass().getResourceAsStream("/dashboard-fixture/data/" + name)) {
        assertThat(committed).as("committed fixture " + name).isNotNull();
        assertThat(Files.readString(dir.resolve(name)))
            .as(name + " differs from a fresh build; regenerate it (dashboard-fixture/README.md)")
            .isEqualTo(new String(committed.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }
}
