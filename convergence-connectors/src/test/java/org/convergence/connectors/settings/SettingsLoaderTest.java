package org.convergence.connectors.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  /** The shipped settings.yaml at the repository root. */
  private static final Path SHIPPED = Path.of("..", "settings.yaml");

  private static String shipped() throws IOException {
    return Files.readString(SHIPPED);
  }

  private static final SettingsLoader NO_ENV = SettingsLoader.withEnvironment(Map.of());

  @Test
  void shippedSettingsLoadWithTheSiteDefaults() throws IOException {
    ConvergenceSettings s = NO_ENV.parse(shipped(), "settings.yaml");
    assertThat(s.site().name()).contains("Llanwrtyd Wells");
    assertThat(s.site().location().latitudeDeg()).isEqualTo(52.1051);
    assertThat(s.site().location().longitudeDeg()).isEqualTo(-3.6680);
    assertThat(s.site().wind().turbines()).isEqualTo(6);
    // the seed's curve (top 67.2 kW) scaled by the calibrated 0.88
    assertThat(s.site().wind().powerCurve().ratedKw()).isCloseTo(67.2 * 0.88, org.assertj.core.api.Assertions.within(0.01));
    assertThat(s.site().wind().cutInMps()).isEqualTo(3.5);
    assertThat(s.site().wind().cutOutMps()).isEqualTo(25);
    assertThat(s.site().demand().computingCentreKw()).isEqualTo(200);
    assertThat(s.database().embedded()).isTrue();
    assertThat(s.exchange().mode()).isEqualTo(ExchangeSettings.SIMULATED);
    // empty data paths: the bundled copies (each report names what served)
    assertThat(s.siteReadingsFile()).isEmpty();
    assertThat(s.exchange().pricesFile()).isEmpty();
    assertThat(s.weather().replayDir()).isEmpty();
  }

  @Test
  void theVariableForAKeyOverridesThatKey() throws IOException {
    assertThat(SettingsLoader.environmentVariableFor("prices.model")).isEqualTo("CONVERGENCE__PRICES__MODEL");
    assertThat(SettingsLoader.environmentVariableFor("database.embedded_dir"))
        .isEqualTo("CONVERGENCE__DATABASE__EMBEDDED_DIR");
    SettingsLoader env = SettingsLoader.withEnvironment(Map.of(
        SettingsLoader.environmentVariableFor("prices.model"), "naive-standard",
        SettingsLoader.environmentVariableFor("dashboard.data_dir"), "/tmp/elsewhere"));
    ConvergenceSettings s = env.parse(shipped(), "settings.yaml");
    assertThat(s.prices().model()).isEqualTo("naive-standard");
    assertThat(s.dashboard().dataDir()).isEqualTo("/tmp/elsewhere");
  }

  @Test
  void theReadingsFileIsReadFromTheSiteSectionAndIsRequired(@TempDir Path dir) throws IOException {
    Path mine = Files.writeString(dir.resolve("mine.csv"), "time\n");
    ConvergenceSettings s = NO_ENV.parse(shipped().replace("  readings_file: \"\" ", "  readings_file: " + mine + " "),
        "settings.yaml");
    assertThat(s.siteReadingsFile()).isEqualTo(mine.toString());
    String without = shipped().replaceAll("(?m)^  readings_file: .*$", "");
    assertThatThrownBy(() -> NO_ENV.parse(without, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("settings.yaml: site.readings_file: missing key");
    String wrong = shipped().replace("  readings_file: \"\" ", "  readings_file: [a, b] ");
    assertThatThrownBy(() -> NO_ENV.parse(wrong, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("settings.yaml: site.readings_file: expected a text value");
    String hoisted = shipped() + "\nsite_readings_file: x.csv   # not a key\n";
    assertThatThrownBy(() -> NO_ENV.parse(hoisted, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("unknown key 'site_readings_file'");
  }

  @Test
  void theOldPriceHistoryKeyIsGoneInFavourOfTheOnePriceSetting(@TempDir Path dir) throws IOException {
    String old = shipped().replace("  model_dir: ./data/models ", "  history_file: \"\"\n  model_dir: ./data/models ");
    assertThatThrownBy(() -> NO_ENV.parse(old, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("prices: unknown key 'history_file'");
    Path prices = Files.createDirectory(dir.resolve("prices"));
    ConvergenceSettings s = NO_ENV.parse(shipped().replace("  prices_file: \"\" ", "  prices_file: " + prices + " "),
        "settings.yaml");
    assertThat(s.exchange().pricesFile()).isEqualTo(prices.toString());
  }

  @Test
  void everyKeyOfTheShippedFileCarriesAComment() throws IOException {
    for (String line : shipped().split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      boolean opensSection = t.endsWith(":");
      assertThat(opensSection || t.contains(" #")).as("key without a comment: %s", line).isTrue();
    }
  }

  @Test
  void environmentVariablesAreInterpolated() throws IOException {
    var env = Map.of("CONVERGENCE_DB_URL", "jdbc:mysql://db.example:3306/conv", "CONVERGENCE_DB_USER", "u",
        "CONVERGENCE_DB_PASSWORD", "s3cret-value");
    ConvergenceSettings s = SettingsLoader.withEnvironment(env).parse(shipped(), "settings.yaml");
    assertThat(s.database().url()).isEqualTo("jdbc:mysql://db.example:3306/conv");
    assertThat(s.database().password()).isEqualTo("s3cret-value");
    assertThat(s.database().toString()).doesNotContain("s3cret-value");
  }

  @Test
  void theScheduleSaysWhenEachDayIsPlanned() throws IOException {
    ConvergenceSettings s = NO_ENV.parse(shipped(), "settings.yaml");
    assertThat(s.schedule().planning()).isEqualTo(org.convergence.core.time.PlanningTime.DEFAULT);
    assertThat(s.schedule().planning().on(org.convergence.core.time.MarketDay.of(2022, 4, 29)))
        .isEqualTo(java.time.Instant.parse("2022-04-28T08:30:00Z"));

    String early = shipped().replace("run_at: \"08:30\"", "run_at: \"07:15\"");
    assertThat(NO_ENV.parse(early, "settings.yaml").schedule().runAt()).isEqualTo(java.time.LocalTime.of(7, 15));
  }

  @Test
  void aPlanningTimeAtOrAfterTheGateIsOneClearLine() throws IOException {
    String late = shipped().replace("run_at: \"08:30\"", "run_at: \"09:00\"");
    assertThatThrownBy(() -> NO_ENV.parse(late, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("settings.yaml: schedule")
        .hasMessageContaining("must be before the gate at 09:00");
    String garbled = shipped().replace("run_at: \"08:30\"", "run_at: \"half past eight\"");
    assertThatThrownBy(() -> NO_ENV.parse(garbled, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("settings.yaml: schedule.run_at: expected a time of day HH:MM");
  }

  @Test
  void missingFile(@TempDir Path dir) {
    Path file = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> NO_ENV.load(file))
        .isInstanceOf(SettingsException.class)
        .hasMessage(file + ": settings file not found (copy settings.yaml from the repository root, pass --settings"
            + " FILE or set CONVERGENCE_SETTINGS)");
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() throws IOException {
    String broken = shipped().replace("  name: AIMLAC HQ, Llanwrtyd Wells", "  name: [AIMLAC HQ");
    assertThatThrownBy(() -> NO_ENV.parse(broken, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("settings.yaml: YAML syntax error at line ");
  }

  @Test
  void unknownKeyNamesThePathAndTheExpectedKeys() throws IOException {
    String extra = shipped().replace("    turbines: 6 ", "    turbines: 6\n    colour: red ");
    assertThatThrownBy(() -> NO_ENV.parse(extra, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("settings.yaml: site.wind: unknown key 'colour'; expected one of: ")
        .hasMessageContaining("cut_in_mps");
  }

  @Test
  void missingKeyNamesIt() throws IOException {
    String without = shipped().replaceAll("(?m)^    cut_in_mps:.*\n", "");
    assertThatThrownBy(() -> NO_ENV.parse(without, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("settings.yaml: site.wind.cut_in_mps: missing key");
  }

  @Test
  void wrongTypeNamesTheKeyAndTheExpectedType() throws IOException {
    String wrong = shipped().replace("    turbines: 6 ", "    turbines: six ");
    assertThatThrownBy(() -> NO_ENV.parse(wrong, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("settings.yaml: site.wind.turbines: expected a whole number but found 'six'");
  }

  @Test
  void outOfRangeValueNamesTheKeyAndTheRange() throws IOException {
    String wrong = shipped().replace("    efficiency: 0.196 ", "    efficiency: 1.96 ");
    assertThatThrownBy(() -> NO_ENV.parse(wrong, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("settings.yaml: site.solar.efficiency: must be within (0, 1], was 1.96");
  }

  @Test
  void unsetEnvironmentVariableIsNamed() throws IOException {
    String strict = shipped().replace("${CONVERGENCE_EXCHANGE_KEY:-}", "${CONVERGENCE_EXCHANGE_KEY}");
    assertThatThrownBy(() -> NO_ENV.parse(strict, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("settings.yaml: exchange.key: environment variable CONVERGENCE_EXCHANGE_KEY is "
            + "referenced but not set");
  }

  @Test
  void httpExchangeNeedsAKey() throws IOException {
    String http = shipped().replace("  mode: simulated ", "  mode: http ");
    var env = Map.of("CONVERGENCE_EXCHANGE_URL", "http://127.0.0.1:9");
    assertThatThrownBy(() -> SettingsLoader.withEnvironment(env).parse(http, "settings.yaml"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("settings.yaml: exchange.key: must be set for mode 'http' (set it through an environment variable)");
  }

  @Test
  void theSettingsFileIsTheOptionElseTheVariableElseTheWorkingDirectorysOne() {
    SettingsLoader withVariable = SettingsLoader.withEnvironment(Map.of("CONVERGENCE_SETTINGS", " /etc/conv/s.yaml "));
    assertThat(withVariable.locate(java.util.Optional.of(Path.of("mine.yaml")))).isEqualTo(Path.of("mine.yaml"));
    assertThat(withVariable.locate(java.util.Optional.empty())).isEqualTo(Path.of("/etc/conv/s.yaml"));
    assertThat(SettingsLoader.withEnvironment(Map.of("CONVERGENCE_SETTINGS", "  ")).locate(java.util.Optional.empty()))
        .isEqualTo(Path.of("settings.yaml"));
    assertThat(NO_ENV.locate(java.util.Optional.empty())).isEqualTo(Path.of("settings.yaml"));
  }

  @Test
  void relativePathsResolveAgainstTheSettingsFilesFolderNotTheWorkingDirectory(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("etc").resolve("convergence"));
    Files.createDirectories(folder.resolve("prices"));
    Files.writeString(folder.resolve("prices").resolve("gb.csv"), "x\n");
    Path readings = Files.writeString(dir.resolve("readings.csv"), "time\n").toAbsolutePath();
    String yaml = shipped().replace("prices_file: \"\"", "prices_file: prices/gb.csv")
        .replace("readings_file: \"\"", "readings_file: " + readings);
    Path file = Files.writeString(folder.resolve("settings.yaml"), yaml);
    ConvergenceSettings s = NO_ENV.load(file);
    assertThat(Path.of(s.database().embeddedDir())).isEqualTo(folder.resolve("data"));
    assertThat(Path.of(s.dashboard().dataDir())).isEqualTo(folder.resolve("data").resolve("dashboard"));
    assertThat(Path.of(s.prices().modelDir())).isEqualTo(folder.resolve("data").resolve("models"));
    assertThat(Path.of(s.schedule().healthFile())).isEqualTo(folder.resolve("data").resolve("daemon-health.json"));
    assertThat(Path.of(s.exchange().pricesFile())).isEqualTo(folder.resolve("prices").resolve("gb.csv"));
    assertThat(s.siteReadingsFile()).isEqualTo(readings.toString()); // absolute: unchanged
    assertThat(s.weather().replayDir()).isEmpty(); // empty (= bundled): unchanged
    // the same file read through a relative name from elsewhere gives the same paths
    Path relative = Path.of("").toAbsolutePath().relativize(file);
    assertThat(NO_ENV.load(relative).database().embeddedDir()).isEqualTo(s.database().embeddedDir());
  }

  @Test
  void everyPathKeyExistsInTheShippedFile() throws IOException {
    com.fasterxml.jackson.databind.JsonNode tree = SettingsLoader.strictYamlMapper().readTree(shipped());
    for (String key : SettingsLoader.PATH_KEYS) {
      String[] parts = key.split("\\.");
      assertThat(tree.path(parts[0]).has(parts[1])).as(key).isTrue();
    }
  }

  @Test
  void scheduleAndAlertsAreValidatedAndTheWebhookNeverShown() throws IOException {
    ConvergenceSettings s = NO_ENV.parse(shipped(), "settings.yaml");
    assertThat(s.schedule().runAt()).isEqualTo(java.time.LocalTime.of(8, 30));
    assertThat(s.schedule().schedule().backoffAfter(2)).isEqualTo(java.time.Duration.ofMinutes(2));
    assertThat(s.alerts().configured()).isFalse();
    assertThatThrownBy(() -> NO_ENV.parse(shipped().replace("run_at: \"08:30\"", "run_at: \"09:00\""),
        "settings.yaml")).isInstanceOf(SettingsException.class)
        .hasMessageContaining("schedule").hasMessageContaining("before the gate");
    String url = "https://hooks.slack.com/services/T000/B000/s3cretpart";
    ConvergenceSettings withHook = SettingsLoader.withEnvironment(Map.of("CONVERGENCE_ALERT_WEBHOOK_URL", url))
        .parse(shipped(), "settings.yaml");
    assertThat(withHook.alerts().webhookUrl()).isEqualTo(url);
    assertThat(withHook.toString()).doesNotContain("s3cretpart").contains("hooks.slack.com");
    assertThatThrownBy(() -> SettingsLoader.withEnvironment(Map.of("CONVERGENCE_ALERT_WEBHOOK_URL",
        "ftp://x/s3cretpart")).parse(shipped(), "settings.yaml"))
        .isInstanceOf(SettingsException.class).hasMessageContaining("alerts.webhook_url")
        .hasMessageNotContaining("s3cretpart");
  }
}
