package org.convergence.connectors.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convergence.core.dashboard.DashboardPublisher;
import org.convergence.core.dashboard.DashboardPublisherContract;
import org.convergence.core.dashboard.DashboardTestDays;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDashboardPublisherTest extends DashboardPublisherContract {
  @TempDir Path dir;
  private int n;

  @Override
  protected DashboardPublisher publisher() {
    return new FileSystemDashboardPublisher(dir.resolve("data" + (n++)), "Test site");
  }

  @Override
  protected boolean hasPublishedDay(DashboardPublisher publisher, MarketDay day) {
    return Files.exists(((FileSystemDashboardPublisher) publisher).directory().resolve(day + ".json"));
  }

  @Override
  protected boolean hasPublishedBacktest(DashboardPublisher publisher) {
    return Files.exists(((FileSystemDashboardPublisher) publisher).directory().resolve("backtest.json"));
  }

  @Override
  protected double publishedDayPnlGbp(DashboardPublisher publisher, MarketDay day) {
    return read(((FileSystemDashboardPublisher) publisher).directory().resolve(day + ".json"))
        .at("/summary/pnlGbp").asDouble();
  }

  @Test
  void writesTheDocumentedFilesWithNullForUnknownNumbers() throws IOException {
    FileSystemDashboardPublisher p = new FileSystemDashboardPublisher(dir.resolve("out"), "Test site");
    p.publish(DashboardTestDays.forecastOnly(DAY_1, T1));

    JsonNode day = read(dir.resolve("out/2022-03-22.json"));
    assertThat(day.get("schema").asText()).isEqualTo("convergence-dashboard-day");
    assertThat(day.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(day.get("status").asText()).isEqualTo("forecast");
    assertThat(day.get("deliveryStart").asText()).isEqualTo("2022-03-21T23:00:00Z");
    assertThat(day.get("prices")).hasSize(24);
    assertThat(day.get("energy")).hasSize(48);
    assertThat(day.get("bids")).hasSize(24);
    assertThat(day.at("/bids/0/clearingGbpPerMWh").isNull()).isTrue();
    assertThat(day.at("/bids/0/fill").asText()).isEqualTo("pending");
    assertThat(day.at("/bids/23/side").isNull()).isTrue();
    assertThat(day.at("/energy/0/actual").isNull()).isTrue();
    assertThat(day.get("weather").isNull()).isTrue();

    JsonNode index = read(dir.resolve("out/index.json"));
    assertThat(index.get("schema").asText()).isEqualTo("convergence-dashboard-index");
    assertThat(index.at("/days/0/file").asText()).isEqualTo("2022-03-22.json");
    assertThat(index.at("/days/0/pnlGbp").isNull()).isTrue();
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("index.json",
          "2022-03-22.json");
    }
  }

  @Test
  void anUnreadableIndexIsNeverOverwritten() throws IOException {
    Path out = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(out.resolve("index.json"), "{\"schema\": \"convergence-dashboard-index\", \"days\": [");
    FileSystemDashboardPublisher p = new FileSystemDashboardPublisher(out, "Test site");

    assertThatThrownBy(() -> p.publish(DashboardTestDays.forecastOnly(DAY_1, T1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index.json").hasMessageContaining("not valid JSON");
    assertThat(Files.readString(out.resolve("index.json"))).endsWith("[");
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRejectedByName() throws IOException {
    Path out = Files.createDirectories(dir.resolve("v2"));
    Files.writeString(out.resolve("index.json"),
        "{\"schema\": \"convergence-dashboard-index\", \"schemaVersion\": 2, \"days\": []}");

    assertThatThrownBy(() -> new FileSystemDashboardPublisher(out, "Test site").index())
        .hasMessageContaining("schemaVersion 2 is not supported");
  }

  private static JsonNode read(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
