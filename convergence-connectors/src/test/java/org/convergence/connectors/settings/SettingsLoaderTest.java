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
  void missingFile(@TempDir Path dir) {
    Path file = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> NO_ENV.load(file))
        .isInstanceOf(SettingsException.class)
        .hasMessage(file + ": settings file not found (copy settings.yaml from the repository root or pass --settings FILE)");
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
}
