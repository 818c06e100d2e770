package org.convergence.connectors.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: every bad setting is one line naming the file (or variable), the key and what was expected. */
class SettingsBadInputTest {
  private static final SettingsLoader NO_ENV = SettingsLoader.withEnvironment(Map.of());

  static String shipped() throws IOException {
    return Files.readString(Path.of("..", "settings.yaml"));
  }

  /** The one-line message of the failure to read {@code yaml} with {@code env}. */
  static String error(String yaml, Map<String, String> env) {
    Map<String, String> withSecrets = new HashMap<>(BadInputMessages.SECRET_ENVIRONMENT);
    withSecrets.putAll(env);
    SettingsException e = catchThrowableOfType(SettingsException.class,
        () -> SettingsLoader.withEnvironment(withSecrets).parse(yaml, "settings.yaml"));
    assertThat(e).as("expected a SettingsException").isNotNull();
    assertThat(e.getMessage()).doesNotContain("\n");
    MESSAGES.add(e.getMessage());
    return e.getMessage();
  }

  private static final List<String> MESSAGES = new CopyOnWriteArrayList<>();

  /** Every message of these tests, scanned for the passwords and keys the environment held. */
  @AfterAll
  static void noMessageEchoesASecret() {
    assertThat(MESSAGES).hasSizeGreaterThan(20);
    BadInputMessages.assertNoSecretIn(MESSAGES);
  }

  static String error(String yaml) {
    return error(yaml, Map.of());
  }

  static String replace(String yaml, String old, String now) {
    assertThat(yaml).contains(old);
    return yaml.replace(old, now);
  }

  @Test
  void unknownHolidayRegionNamesTheKeyAndTheValue() throws IOException {
    assertThat(error(replace(shipped(), "holiday_region: GB-WLS ", "holiday_region: XX-YY ")))
        .isEqualTo("settings.yaml: site.demand.holiday_region: 'XX-YY' is not a region Jollyday knows: expected a"
            + " country code such as GB, DE or FR, optionally with a subdivision such as GB-WLS");
    assertThat(error(replace(shipped(), "holiday_region: GB-WLS ", "holiday_region: GB-WAL ")))
        .isEqualTo("settings.yaml: site.demand.holiday_region: 'GB-WAL' is not a region Jollyday knows: GB has the"
            + " subdivisions [ENG, NIR, SCT, WLS]");
  }

  @Test
  void missingReplayDirNamesTheKeyAndThePath() throws IOException {
    assertThat(error(replace(shipped(), "replay_dir: \"\" ", "replay_dir: /no/such/recordings ")))
        .isEqualTo("settings.yaml: weather.replay_dir: recorded forecast file or folder /no/such/recordings does not"
            + " exist (leave it empty for the bundled data)");
  }

  @Test
  void missingPriceHistoryFileNamesTheKeyAndThePath() throws IOException {
    assertThat(error(replace(shipped(), "readings_file: \"\" ", "readings_file: /no/such/readings.csv ")))
        .isEqualTo("settings.yaml: site.readings_file: site readings file /no/such/readings.csv does not exist"
            + " (leave it empty for the bundled data)");
    assertThat(error(replace(shipped(), "prices_file: \"\" ", "prices_file: /no/such/prices.csv ")))
        .isEqualTo("settings.yaml: exchange.prices_file: price file or folder /no/such/prices.csv does not exist"
            + " (leave it empty for the bundled data)");
  }

  @Test
  void existingFilesAreAccepted(@TempDir Path dir) throws IOException {
    Path prices = Files.writeString(dir.resolve("p.csv"), "x\n");
    ConvergenceSettings s = NO_ENV.parse(replace(shipped(), "prices_file: \"\" ", "prices_file: " + prices + " "),
        "settings.yaml");
    assertThat(s.exchange().pricesFile()).isEqualTo(prices.toString());
  }

  @Test
  void malformedExchangeUrlNamesTheKeyButNotTheValue() throws IOException {
    for (String url : new String[] {"http//exchange:8000", "ftp://exchange", "exchange.example:8000", "http://"}) {
      assertThat(error(shipped(), Map.of("CONVERGENCE_EXCHANGE_URL", url, "CONVERGENCE_EXCHANGE_KEY", "k-123")))
          .as(url)
          .isEqualTo("settings.yaml: exchange.url: must be an http(s) URL with a host, such as"
              + " https://exchange.example:8000 (the value is not repeated here: it may hold credentials)");
    }
    ConvergenceSettings ok = SettingsLoader.withEnvironment(Map.of("CONVERGENCE_EXCHANGE_URL",
        "http://127.0.0.1:8000/")).parse(shipped(), "settings.yaml");
    assertThat(ok.exchange().url()).isEqualTo("http://127.0.0.1:8000/");
  }

  @Test
  void duplicateKeyIsAnError() throws IOException {
    String twice = replace(shipped(), "    turbines: 6 ", "    turbines: 6\n    turbines: 60 ");
    assertThat(error(twice)).startsWith("settings.yaml: site.wind.turbines: duplicate key at line ")
        .endsWith(" (each key may appear once)");
    String twiceTop = shipped() + "\ndashboard:\n  data_dir: ./elsewhere  # again\n";
    assertThat(error(twiceTop)).startsWith("settings.yaml: dashboard: duplicate key at line ");
  }

  @Test
  void quotedNumbersAndStrTagsAreNotCoerced() throws IOException {
    assertThat(error(replace(shipped(), "export_capacity_mw: 1.0 ", "export_capacity_mw: \"1.0\" ")))
        .isEqualTo("settings.yaml: site.grid.export_capacity_mw: expected a number but found '1.0' as text (a quoted"
            + " or !!str-tagged value is text: write it without quotes or tag)");
    assertThat(error(replace(shipped(), "    turbines: 6 ", "    turbines: !!str 6 ")))
        .isEqualTo("settings.yaml: site.wind.turbines: expected a whole number but found '6' as text (a quoted"
            + " or !!str-tagged value is text: write it without quotes or tag)");
    assertThat(error(replace(shipped(), "observes_bank_holidays: false ", "observes_bank_holidays: 'false' ")))
        .isEqualTo("settings.yaml: site.demand.observes_bank_holidays: expected true or false but found 'false' as"
            + " text (a quoted or !!str-tagged value is text: write it without quotes or tag)");
  }

  @Test
  void physicalQuantitiesAreBounded() throws IOException {
    assertThat(error(replace(shipped(), "export_capacity_mw: 1.0 ", "export_capacity_mw: 1e308 ")))
        .isEqualTo("settings.yaml: site.grid.export_capacity_mw: must be within (0, 1000.0] MW, was 1.0E308");
    assertThat(error(replace(shipped(), "import_capacity_mw: 1.0 ", "import_capacity_mw: -5 ")))
        .isEqualTo("settings.yaml: site.grid.import_capacity_mw: must be within (0, 1000.0] MW, was -5.0");
    assertThat(error(replace(shipped(), "inverter_cap_kw: 450 ", "inverter_cap_kw: 1e12 ")))
        .isEqualTo("settings.yaml: site.solar.inverter_cap_kw: must be within (0, 1000000] kW, was 1.0E12");
    assertThat(error(replace(shipped(), "office_base_kw: 20 ", "office_base_kw: 1e9 ")))
        .isEqualTo("settings.yaml: site.demand.office_base_kw: must be within [0, 100000] kW, was 1.0E9");
    assertThat(error(replace(shipped(), "capacity_kwh_per_c: 9 ", "capacity_kwh_per_c: 1e300 ")))
        .isEqualTo("settings.yaml: site.demand.heating.capacity_kwh_per_c: must be within (0, 1000000] kWh/C, was"
            + " 1.0E300");
    assertThat(error(replace(shipped(), "power_kw: [0, 0, 0, 0, 0, 1.58,", "power_kw: [0, 0, 0, 0, 0, 1e9,")))
        .isEqualTo("settings.yaml: site.wind.power_curve.power_kw: must be within [0, 30000] kW (one turbine), at"
            + " index 5 was 1.0E9");
    assertThat(error(replace(shipped(), "    panels: 1400 ", "    panels: 2000000000 ")))
        .isEqualTo("settings.yaml: site.solar.panels: must be within [0, 1000000], was 2000000000");
  }

  @Test
  void environmentOverridesReplaceFileValues() throws IOException {
    ConvergenceSettings s = SettingsLoader.withEnvironment(Map.of(
        "CONVERGENCE__SITE__GRID__EXPORT_CAPACITY_MW", "0.5",
        "convergence__site__wind__Turbines", "4",
        "CONVERGENCE__WEATHER__SOURCES", "[open-meteo, replay]",
        "CONVERGENCE__SITE__DEMAND__OPENS", "08:30",
        "CONVERGENCE__EXCHANGE__KEY", "0123",
        "CONVERGENCE_DB_URL", "jdbc:h2:mem:x",
        "CONVERGENCE_JAVA_OPTS", "-Xmx1g")).parse(shipped(), "settings.yaml");
    assertThat(s.site().grid().exportCapacityMW()).isEqualTo(0.5);
    assertThat(s.site().grid().importCapacityMW()).isEqualTo(1.0);
    assertThat(s.site().wind().turbines()).isEqualTo(4);
    assertThat(s.weather().sources()).containsExactly("open-meteo", "replay");
    assertThat(s.site().demand().opens()).hasToString("08:30");
    assertThat(s.exchange().key()).isEqualTo("0123");
    assertThat(s.database().url()).isEqualTo("jdbc:h2:mem:x");
  }

  @Test
  void unknownOverrideNamesTheVariable() throws IOException {
    assertThat(error(shipped(), Map.of("CONVERGENCE__SITE__GRID__EXPORT_CAPACITY", "0.5")))
        .isEqualTo("CONVERGENCE__SITE__GRID__EXPORT_CAPACITY: no settings key site.grid.export_capacity (keys of"
            + " site.grid: export_capacity_mw, import_capacity_mw)");
    assertThat(error(shipped(), Map.of("CONVERGENCE__SITES__NAME", "x")))
        .startsWith("CONVERGENCE__SITES__NAME: no settings key sites (top-level keys: site, exchange, weather,"
            + " prices, strategy, database, dashboard")
        .endsWith(")");
    assertThat(error(shipped(), Map.of("CONVERGENCE__SITE__GRID__EXPORT_CAPACITY_MW__X", "1")))
        .isEqualTo("CONVERGENCE__SITE__GRID__EXPORT_CAPACITY_MW__X: settings key site.grid.export_capacity_mw is a"
            + " value, not a section");
  }

  @Test
  void badOverrideValueNamesTheVariableAndTheKey() throws IOException {
    assertThat(error(shipped(), Map.of("CONVERGENCE__SITE__GRID__EXPORT_CAPACITY_MW", "1e308")))
        .isEqualTo("CONVERGENCE__SITE__GRID__EXPORT_CAPACITY_MW (environment override): site.grid.export_capacity_mw:"
            + " must be within (0, 1000.0] MW, was 1.0E308");
    assertThat(error(shipped(), Map.of("CONVERGENCE__SITE__WIND__TURBINES", "six")))
        .isEqualTo("CONVERGENCE__SITE__WIND__TURBINES (environment override): site.wind.turbines: expected a whole"
            + " number but found 'six'");
  }

  @Test
  void unknownNamesNameTheirKey() throws IOException {
    assertThat(error(replace(shipped(), "  name: hedge ", "  name: yolo ")))
        .startsWith("settings.yaml: strategy.name: must be one of [").endsWith("], was 'yolo'");
    assertThat(error(replace(shipped(), "  model: lear-wide ", "  model: prophet ")))
        .startsWith("settings.yaml: prices.model: must be one of [").endsWith("], was 'prophet'");
    assertThat(error(replace(shipped(), "  sources: [replay] ", "  sources: [replay, radio] ")))
        .startsWith("settings.yaml: weather.sources: must each be one of [").endsWith("], was 'radio'");
    assertThat(error(replace(shipped(), "  mode: simulated ", "  mode: live ")))
        .isEqualTo("settings.yaml: exchange.mode: must be 'simulated' or 'http', was 'live'");
    assertThat(error(shipped(), Map.of("CONVERGENCE_DB_URL", "mysql://db/x")))
        .isEqualTo("settings.yaml: database.url: must be a JDBC url starting with 'jdbc:', or empty for the"
            + " embedded database");
  }
}
