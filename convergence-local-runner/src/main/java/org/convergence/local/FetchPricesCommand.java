package org.convergence.local;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.convergence.connectors.elexon.AimlacHours;
import org.convergence.connectors.elexon.ElexonClient;
import org.convergence.connectors.elexon.ElexonCsv;
import org.convergence.connectors.elexon.MarketIndexPrice;
import org.convergence.connectors.elexon.SystemPrice;
import org.convergence.connectors.http.HttpOptions;
import org.convergence.connectors.http.SourceException;
import org.convergence.connectors.settings.DatabaseSettings;
import org.convergence.core.market.HourPrice;
import org.convergence.core.store.StoreException;
import org.convergence.core.time.SettlementPeriod;
import org.convergence.persistence.DatabaseConfig;
import org.convergence.persistence.DatabaseConnectionException;
import org.convergence.persistence.Databases;
import org.convergence.persistence.JdbcStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./convergence fetch prices --from D --to D [--out FILE] [--base-url URL]}: GB market index prices (Elexon
 * MID, APXMIDP) and system prices for a range of settlement dates. With a database configured (settings.yaml
 * {@code database.url}, i.e. {@code CONVERGENCE_DB_URL}) and no {@code --out}/{@code --system-out}, they are stored
 * there as AIMLAC hours (clearing price = mean of the APXMIDP half-hours, imbalance price = mean of the system
 * prices); otherwise they are written as CSV in the gb-prices format.
 */
@Command(name = "prices", mixinStandardHelpOptions = true,
    description = {"Fetch GB market index (Elexon MID, APXMIDP) and system (imbalance) prices from the Elexon"
        + " Insights API (no key) for settlement dates FROM..TO (inclusive, UK days) and write them as CSV in the"
        + " gb-prices format (elexon_mid_apxmidp_halfhourly.csv).",
        "With a database configured (database.url in the settings, i.e. CONVERGENCE_DB_URL) and no --out or"
            + " --system-out, stores them in the database instead, as hourly AIMLAC clearing and imbalance prices"
            + " (re-fetching a range replaces its hours).",
        "MID is fetched in 7-day chunks, system prices one day per request. Files are replaced only when every"
            + " request succeeded."})
public final class FetchPricesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin SettingsOption settings;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "First settlement date, YYYY-MM-DD.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last settlement date, YYYY-MM-DD.")
  LocalDate to;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "data/prices/elexon_mid_apxmidp_halfhourly.csv",
      description = "Market index CSV to write (default: ${DEFAULT-VALUE}). Given, CSV is written even when a"
          + " database is configured.")
  Path out;

  @Option(names = "--system-out", paramLabel = "FILE",
      description = "System price CSV to write (default: elexon_system_prices_halfhourly.csv beside --out).")
  Path systemOut;

  @Option(names = "--no-system-prices", description = "Fetch market index prices only.")
  boolean noSystemPrices;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "https://data.elexon.co.uk/bmrs/api/v1",
      description = "Elexon Insights API base URL (default: ${DEFAULT-VALUE}).")
  URI baseUrl;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    ElexonClient.DateRange range;
    UsageErrors.checkRange(spec.commandLine(), "--from", from, "--to", to);
    try {
      range = new ElexonClient.DateRange(from, to);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--from/--to: " + e.getMessage());
    }
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    boolean csvAsked = parsed.hasMatchedOption("--out") || parsed.hasMatchedOption("--system-out");
    DatabaseSettings database = csvAsked ? null : settings.load().database();
    if (database != null && !database.embedded()) {
      DatabaseConfig config = DatabaseConfigs.fromSettings(database);
      try (JdbcStore store = open(config)) {
        return fetchIntoDatabase(range, store, config, stdout);
      }
    }
    ElexonClient client = new ElexonClient(baseUrl, HttpOptions.DEFAULT);
    int expected = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      expected += SettlementPeriod.periodsIn(d);
    }
    try {
      List<MarketIndexPrice> mid = client.marketIndex(range, ElexonClient.APX,
          c -> stdout.printf("%s %s: %d half-hours%n", c.dataset(), c.dates(), c.rows()));
      List<SystemPrice> system = noSystemPrices ? List.of() : client.systemPrices(range,
          c -> stdout.printf("%s %s: %d half-hours%n", c.dataset(), c.dates(), c.rows()));

      writeAtomically(out, w -> ElexonCsv.writeMarketIndex(w, mid));
      stdout.printf("wrote %d of %d half-hours of market index prices to %s%n", mid.size(), expected, out);
      if (!noSystemPrices) {
        Path sys = systemOut != null ? systemOut : sibling(out, "elexon_system_prices_halfhourly.csv");
        writeAtomically(sys, w -> ElexonCsv.writeSystemPrices(w, system));
        stdout.printf("wrote %d of %d half-hours of system prices to %s%n", system.size(), expected, sys);
      }
    } catch (SourceException e) {
      throw new UserFacingException(e.getMessage() + "; nothing written", e);
    }
    stdout.flush();
    return 0;
  }

  private static JdbcStore open(DatabaseConfig config) {
    try {
      return Databases.open(config);
    } catch (DatabaseConnectionException e) {
      throw new UserFacingException(e.getMessage() + "; nothing fetched", e);
    }
  }

  /** Fetches, turns the half-hours into AIMLAC hours and stores them all in one transaction. */
  private int fetchIntoDatabase(ElexonClient.DateRange range, JdbcStore store, DatabaseConfig config,
      PrintWriter stdout) {
    ElexonClient client = new ElexonClient(baseUrl, HttpOptions.DEFAULT);
    List<HourPrice> clearing;
    List<HourPrice> imbalance;
    try {
      clearing = AimlacHours.marketIndex(client.marketIndex(range, ElexonClient.APX,
          c -> stdout.printf("%s %s: %d half-hours%n", c.dataset(), c.dates(), c.rows())));
      imbalance = noSystemPrices ? List.of() : AimlacHours.systemPrices(client.systemPrices(range,
          c -> stdout.printf("%s %s: %d half-hours%n", c.dataset(), c.dates(), c.rows())));
    } catch (SourceException e) {
      throw new UserFacingException(e.getMessage() + "; nothing stored", e);
    }
    try {
      store.inTransaction(tx -> {
        tx.saveClearingPrices(clearing);
        tx.saveImbalancePrices(imbalance);
      });
    } catch (StoreException e) {
      throw new UserFacingException(e.getMessage() + "; nothing stored", e);
    }
    stdout.printf("stored %d hourly clearing prices%s in %s%n", clearing.size(), days(clearing), config.describe());
    if (!noSystemPrices) {
      stdout.printf("stored %d hourly imbalance prices%s in %s%n", imbalance.size(), days(imbalance),
          config.describe());
    }
    stdout.flush();
    return 0;
  }

  private static String days(List<HourPrice> prices) {
    return prices.isEmpty() ? ""
        : " (market days " + prices.get(0).day() + " .. " + prices.get(prices.size() - 1).day() + ")";
  }

  private static Path sibling(Path file, String name) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of(name) : parent.resolve(name);
  }

  @FunctionalInterface
  private interface CsvBody {
    void write(Writer w) throws IOException;
  }

  /** Writes to a temporary file beside the target and moves it into place, so a failure leaves the old file. */
  private static void writeAtomically(Path target, CsvBody body) throws IOException {
    Path abs = target.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
