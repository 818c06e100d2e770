package org.convergence.connectors.gbprices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convergence.connectors.csv.CsvText;
import org.convergence.core.market.HourPrice;
import org.convergence.core.market.MarketRules;
import org.convergence.core.price.InMemoryPriceHistory;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads GB price files into a {@link org.convergence.core.price.PriceHistory} by AIMLAC market day and hour.
 *
 * <ul>
 *   <li><b>Clearing prices</b> from Elexon MID APXMIDP half-hours ({@code elexon_mid_apxmidp_halfhourly.csv}
 *       format: {@code start_time_utc, ..., price_gbp_per_mwh, volume_mwh, ...}): the price of an AIMLAC hour is the
 *       mean of the half-hours that start in it; a half-hour with price and volume both 0 is a missing trade and is
 *       skipped.
 *   <li><b>Imbalance prices</b> from hourly GB system prices ({@code hour_start_utc, ..., system_price_gbp_per_mwh}):
 *       the price of the hour; empty cells are missing hours.
 *   <li><b>Imbalance prices</b> from the half-hourly Elexon system prices that {@code ./convergence fetch prices}
 *       writes ({@code elexon_system_prices_halfhourly.csv}: {@code start_time_utc, ...,
 *       system_sell_price_gbp_per_mwh, ...}): the mean of the half-hours that start in the hour, as the database path
 *       ({@code connectors.elexon.AimlacHours}) stores them.
 * </ul>
 *
 * Columns are found by name (others are ignored), times are ISO-8601 with an offset ({@code 2022-03-14T08:00Z}),
 * and each file's kind is recognised from its header. Files ending in {@code .gz} are read through gzip, a UTF-8
 * byte-order mark is skipped. A bad row is an error that names the file, the line and the problem; so is a header
 * that names some price columns but not all of one kind (a broken header). In a folder, a CSV whose header names
 * none of the price columns is not a price file and is skipped.
 *
 * <p>Suspicious values are kept (no data is dropped) and reported as {@link Loaded#warnings()}: a clearing price
 * outside the auction's limits [{@value MarketRules#PRICE_FLOOR_GBP_PER_MWH}, {@value MarketRules#PRICE_CAP_GBP_PER_MWH}]
 * GBP/MWh, or an imbalance price beyond +/-{@value MarketRules#IMBALANCE_PRICE_LIMIT_GBP_PER_MWH} GBP/MWh, is an
 * outlier; a half-hour (or hour) given twice is a duplicate, the later row being used.
 */
public final class GbPriceFiles {
  static final String MID_START = "start_time_utc";
  static final String MID_PRICE = "price_gbp_per_mwh";
  static final String MID_VOLUME = "volume_mwh";
  static final String SYSTEM_START = "hour_start_utc";
  static final String SYSTEM_PRICE = "system_price_gbp_per_mwh";
  static final String SYSTEM_SELL_PRICE = "system_sell_price_gbp_per_mwh";

  /**
   * The bundled resources (gzip): clearing prices 2018-01-01 .. 2022-12-31 and imbalance prices 2021-01-01 ..
   * 2022-09-12; see SOURCE.md beside them.
   */
  public static final String BUNDLED_MID = "elexon_mid_apxmidp_halfhourly_2018-2022.csv.gz";
  public static final String BUNDLED_SYSTEM = "gb_system_price_hourly_2021-01_2022-09.csv.gz";
  /** How reports name the bundled prices. */
  public static final String BUNDLED_DESCRIPTION = "bundled GB prices (Elexon MID APXMIDP 2018-2022, GB system price"
      + " 2021-01..2022-09)";

  private static final Logger LOG = LoggerFactory.getLogger(GbPriceFiles.class);

  private static volatile InMemoryPriceHistory bundled;

  private GbPriceFiles() {}

  /**
   * The prices bundled with Convergence: clearing prices of market days 2018-01-01 .. 2022-12-31, imbalance prices
   * 2021-01-01 .. 2022-09-12. Read once, then shared.
   */
  public static InMemoryPriceHistory bundled() {
    InMemoryPriceHistory h = bundled;
    if (h == null) {
      synchronized (GbPriceFiles.class) {
        if (bundled == null) {
          bundled = InMemoryPriceHistory.of(readResource(BUNDLED_MID), readResource(BUNDLED_SYSTEM));
        }
        h = bundled;
      }
    }
    return h;
  }

  /**
   * Loads price files: each path is a file (its kind recognised from its header) or a directory whose {@code .csv}
   * and {@code .csv.gz} files are all loaded. Prices of an hour found in several files: the last file read wins.
   * The warnings about the values (outliers, duplicates) are logged at WARN; {@link #loadChecked} returns them.
   */
  public static InMemoryPriceHistory load(List<Path> paths) {
    Loaded loaded = loadChecked(paths);
    loaded.warnings().forEach(w -> LOG.warn("{}", w));
    return loaded.history();
  }

  /** The prices of some files and the warnings about their values (outliers, duplicates); see the class comment. */
  public record Loaded(InMemoryPriceHistory history, List<String> warnings) {
    public Loaded {
      warnings = List.copyOf(warnings);
    }
  }

  /** Like {@link #load}, with the warnings about the values read. */
  public static Loaded loadChecked(List<Path> paths) {
    List<HourPrice> clearing = new ArrayList<>();
    List<HourPrice> imbalance = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Path path : paths) {
      boolean directory = Files.isDirectory(path);
      int recognised = 0;
      for (Path file : filesOf(path)) {
        PriceFile read;
        try {
          read = read(file);
        } catch (UnrecognisedFileException e) {
          if (directory) {
            continue; // other CSVs may sit beside the price files
          }
          throw e;
        }
        recognised++;
        (read.kind() == Kind.CLEARING ? clearing : imbalance).addAll(read.prices());
        warnings.addAll(read.warnings());
      }
      if (recognised == 0) {
        throw new IllegalArgumentException("price directory " + path + " holds no GB price file (Elexon MID "
            + "half-hours or hourly system prices)");
      }
    }
    return new Loaded(InMemoryPriceHistory.of(clearing, imbalance), warnings);
  }

  /** What a price file holds. */
  public enum Kind { CLEARING, IMBALANCE }

  /** A file whose header is neither of the two known kinds. */
  public static final class UnrecognisedFileException extends IllegalArgumentException {
    UnrecognisedFileException(String message) {
      super(message);
    }
  }

  /** The hourly prices of one file, their kind and the warnings about its values (outliers, duplicates). */
  public record PriceFile(Kind kind, List<HourPrice> prices, List<String> warnings) {
    public PriceFile {
      prices = List.copyOf(prices);
      warnings = List.copyOf(warnings);
    }
  }

  /** Reads one file, recognising its kind from the header. */
  public static PriceFile read(Path file) {
    try (Reader reader = CsvText.open(file)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read price file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads CSV text, recognising its kind from the header; {@code source} names it in errors. */
  public static PriceFile read(Reader reader, String source) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser csv = CSVParser.parse(CsvText.withoutBom(reader), format)) {
      Set<String> header = csv.getHeaderMap().keySet();
      if (header.contains(MID_START) && header.contains(MID_PRICE) && header.contains(MID_VOLUME)) {
        ValueChecks checks = new ValueChecks(source, "the auction's limits", MarketRules.PRICE_FLOOR_GBP_PER_MWH,
            MarketRules.PRICE_CAP_GBP_PER_MWH);
        return new PriceFile(Kind.CLEARING, hourlyClearing(csv, source, checks), checks.warnings());
      }
      boolean hourlySystem = header.contains(SYSTEM_START) && header.contains(SYSTEM_PRICE);
      if (hourlySystem || header.contains(MID_START) && header.contains(SYSTEM_SELL_PRICE)) {
        ValueChecks checks = new ValueChecks(source, "the plausible imbalance prices",
            -MarketRules.IMBALANCE_PRICE_LIMIT_GBP_PER_MWH, MarketRules.IMBALANCE_PRICE_LIMIT_GBP_PER_MWH);
        List<HourPrice> hours = hourlySystem ? hourlyImbalance(csv, source, checks)
            : halfHourlyImbalance(csv, source, checks);
        return new PriceFile(Kind.IMBALANCE, hours, checks.warnings());
      }
      List<String> mid = List.of(MID_START, MID_PRICE, MID_VOLUME);
      if (header.contains(SYSTEM_PRICE) || mid.stream().anyMatch(header::contains)) {
        List<String> missing = new ArrayList<>(header.contains(SYSTEM_PRICE) ? List.of(SYSTEM_START) : mid);
        missing.removeAll(header);
        throw new IllegalArgumentException(source + ": broken price file header: missing " + missing + " (Elexon"
            + " MID half-hours need " + MID_START + ", " + MID_PRICE + " and " + MID_VOLUME + "; hourly system prices"
            + " need " + SYSTEM_START + " and " + SYSTEM_PRICE + "; half-hourly system prices " + MID_START + " and "
            + SYSTEM_SELL_PRICE + "); it has " + header);
      }
      throw new UnrecognisedFileException(source + ": not a GB price file: the header needs either " + MID_START + ", "
          + MID_PRICE + " and " + MID_VOLUME + " (Elexon MID half-hours) or " + SYSTEM_START + " and " + SYSTEM_PRICE
          + " (hourly system prices); it has " + header);
    }
  }

  private static List<HourPrice> hourlyClearing(CSVParser csv, String source, ValueChecks checks) {
    Map<Instant, Double> halfHours = new TreeMap<>();
    for (CSVRecord row : csv) {
      Instant start = halfHourStart(row, source);
      double price = number(row, MID_PRICE, source);
      double volume = number(row, MID_VOLUME, source);
      checks.row(row, start, MID_PRICE, price);
      if (price == 0.0 && volume == 0.0) {
        halfHours.remove(start);
        continue;
      }
      halfHours.put(start, price);
    }
    return hourlyMeans(halfHours);
  }

  private static List<HourPrice> halfHourlyImbalance(CSVParser csv, String source, ValueChecks checks) {
    Map<Instant, Double> halfHours = new TreeMap<>();
    for (CSVRecord row : csv) {
      Instant start = halfHourStart(row, source);
      double price = number(row, SYSTEM_SELL_PRICE, source);
      checks.row(row, start, SYSTEM_SELL_PRICE, price);
      halfHours.put(start, price);
    }
    return hourlyMeans(halfHours);
  }

  private static Instant halfHourStart(CSVRecord row, String source) {
    Instant start = instant(row, MID_START, source);
    if (start.getEpochSecond() % 1800 != 0) {
      throw rowError(source, row, MID_START + " " + start + " is not the start of a half-hour");
    }
    return start;
  }

  /** Each AIMLAC hour's mean of the half-hours that start in it. */
  private static List<HourPrice> hourlyMeans(Map<Instant, Double> halfHours) {
    Map<Instant, double[]> hours = new TreeMap<>();
    halfHours.forEach((start, price) -> {
      double[] sumCount = hours.computeIfAbsent(start.truncatedTo(ChronoUnit.HOURS), h -> new double[2]);
      sumCount[0] += price;
      sumCount[1] += 1;
    });
    List<HourPrice> out = new ArrayList<>(hours.size());
    hours.forEach((hourStart, sumCount) -> out.add(hourPrice(hourStart, sumCount[0] / sumCount[1])));
    return out;
  }

  private static List<HourPrice> hourlyImbalance(CSVParser csv, String source, ValueChecks checks) {
    Map<Instant, Double> hours = new TreeMap<>();
    for (CSVRecord row : csv) {
      Instant start = instant(row, SYSTEM_START, source);
      if (start.getEpochSecond() % 3600 != 0) {
        throw rowError(source, row, SYSTEM_START + " " + start + " is not the start of an hour");
      }
      if (row.get(SYSTEM_PRICE).isEmpty()) {
        checks.row(row, start, SYSTEM_PRICE, Double.NaN);
        hours.remove(start);
        continue;
      }
      double price = number(row, SYSTEM_PRICE, source);
      checks.row(row, start, SYSTEM_PRICE, price);
      hours.put(start, price);
    }
    List<HourPrice> out = new ArrayList<>(hours.size());
    hours.forEach((start, price) -> out.add(hourPrice(start, price)));
    return out;
  }

  private static HourPrice hourPrice(Instant hourStart, double price) {
    MarketDay day = MarketDay.delivering(hourStart);
    HourId hour = day.hourAt(hourStart);
    return new HourPrice(day, hour, price);
  }

  private static Instant instant(CSVRecord row, String column, String source) {
    String text = cell(row, column, source);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw rowError(source, row, column + " '" + text + "' is not an ISO-8601 time with offset, such as "
          + "2022-03-14T08:00Z");
    }
  }

  private static double number(CSVRecord row, String column, String source) {
    String text = cell(row, column, source);
    try {
      double v = Double.parseDouble(text);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw rowError(source, row, column + " '" + text + "' is not a finite number");
    }
  }

  private static String cell(CSVRecord row, String column, String source) {
    if (!row.isSet(column)) {
      throw rowError(source, row, "the row has no " + column + " (too few cells)");
    }
    String text = row.get(column);
    if (text.isEmpty()) {
      throw rowError(source, row, column + " is empty");
    }
    return text;
  }

  private static IllegalArgumentException rowError(String source, CSVRecord row, String problem) {
    return new IllegalArgumentException(source + " line " + (row.getRecordNumber() + 1) + ": " + problem);
  }

  private static List<HourPrice> readResource(String name) {
    InputStream in = GbPriceFiles.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled price resource " + name + " is missing from the classpath");
    }
    try (Reader reader = open(in, name)) {
      return read(reader, name).prices();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled price resource " + name, e);
    }
  }

  private static Reader open(InputStream in, String name) throws IOException {
    InputStream raw = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
    return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
  }

  private static List<Path> filesOf(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("price file " + path + " does not exist");
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      List<Path> csvs = files.filter(p -> {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".csv") || n.endsWith(".csv.gz"));
      }).sorted().toList();
      if (csvs.isEmpty()) {
        throw new IllegalArgumentException("price directory " + path + " holds no .csv files");
      }
      return csvs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list price directory " + path, e);
    }
  }

  /**
   * The warnings about one file's values: outliers (outside {@code [low, high]}) and duplicated times. At most
   * {@value #LISTED} of each are listed by line, then counted.
   */
  private static final class ValueChecks {
    static final int LISTED = 3;
    private final String source;
    private final String limits;
    private final double low;
    private final double high;
    private final Set<Instant> seen = new HashSet<>();
    private final List<String> outliers = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private int outlierCount;
    private int duplicateCount;

    ValueChecks(String source, String limits, double low, double high) {
      this.source = source;
      this.limits = limits;
      this.low = low;
      this.high = high;
    }

    void row(CSVRecord row, Instant start, String column, double price) {
      long line = row.getRecordNumber() + 1;
      if (!seen.add(start)) {
        duplicateCount++;
        if (duplicates.size() < LISTED) {
          duplicates.add("line " + line + " (" + start + ")");
        }
      }
      if (!Double.isNaN(price) && (price < low || price > high)) {
        outlierCount++;
        if (outliers.size() < LISTED) {
          outliers.add("line " + line + " (" + start + ": " + price + ")");
        }
      }
    }

    List<String> warnings() {
      List<String> out = new ArrayList<>();
      if (outlierCount > 0) {
        out.add(source + ": " + outlierCount + " price(s) outside " + limits + " [" + low + ", " + high + "] GBP/MWh,"
            + " kept as outliers: " + String.join(", ", outliers) + more(outlierCount));
      }
      if (duplicateCount > 0) {
        out.add(source + ": " + duplicateCount + " duplicated time(s), the later row used: "
            + String.join(", ", duplicates) + more(duplicateCount));
      }
      return out;
    }

    private static String more(int count) {
      return count > LISTED ? " and " + (count - LISTED) + " more" : "";
    }
  }
}
