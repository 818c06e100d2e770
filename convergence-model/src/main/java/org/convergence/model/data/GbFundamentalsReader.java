package org.convergence.model.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convergence.core.time.MarketDay;

/**
 * GB day-ahead fundamentals as exogenous series of a GB price series: the layout of joshgowdyprog/GB-energy-trading's
 * {@code forecast_features.csv} ({@code ;}-separated; a row of column names, a row of units, then one row an hour,
 * its start in UK local time as {@code [dd/MM/yyyy HH:mm]} in a column {@code Date (WET)}; the autumn hour that
 * repeats appears twice, the spring hour that does not exist is absent).
 *
 * <p>Each row's value is placed on the AIMLAC market day and hour that deliver the row's hour
 * ({@link MarketDay#delivering}): the value of a series for hour h of day D is taken as known before D's gate, as
 * the EPF benchmark's load and generation forecasts are. Hours the file lacks, and cells that are not numbers (the
 * file holds a few words among its numbers), stay missing; the number of such cells is returned so that the caller
 * says so in one line. A training day with a missing input is left out, a forecast from one is refused.
 */
public final class GbFundamentalsReader {
  /** The time column of the layout. */
  public static final String TIME_COLUMN = "Date (WET)";

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("'['dd/MM/yyyy HH:mm']'", Locale.ROOT);

  private GbFundamentalsReader() {}

  /**
   * The prices with the named columns of the file as exogenous series, in the order given.
   *
   * @param notNumbers the cells of those columns that were not numbers (read as missing), and the first of them
   */
  public record Attached(DailySeries series, int notNumbers, String firstNotNumber) {}

  public static Attached attach(Path file, List<String> columns, DailySeries prices) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return attach(file.getFileName().toString(), in, columns, prices);
    }
  }

  public static Attached attach(String name, Reader in, List<String> columns, DailySeries prices)
      throws IOException {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("no fundamentals columns named");
    }
    if (prices.exogenousCount() > 0) {
      throw new IllegalArgumentException(prices.name() + " already has exogenous series " + prices.exogenousNames());
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
        .setTrim(true).build();
    try (CSVParser parser = format.parse(in)) {
      Map<String, Integer> header = parser.getHeaderMap();
      List<String> missing = Stream.concat(Stream.of(TIME_COLUMN), columns.stream())
          .filter(c -> !header.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new IOException(name + ": no column " + String.join(", ", missing) + "; it has "
            + parser.getHeaderNames());
      }
      double[][][] values = new double[columns.size()][prices.days()][DailySeries.HOURS];
      for (double[][] series : values) {
        for (double[] day : series) {
          Arrays.fill(day, Double.NaN);
        }
      }
      int notNumbers = 0;
      String first = null;
      LocalDateTime previousLocal = null;
      Instant previous = null;
      Iterator<CSVRecord> rows = parser.iterator();
      if (rows.hasNext()) {
        rows.next(); // the second header row: units
      }
      while (rows.hasNext()) {
        CSVRecord row = rows.next();
        long line = row.getRecordNumber() + 1;
        LocalDateTime local;
        try {
          local = LocalDateTime.parse(row.get(TIME_COLUMN), TIME);
        } catch (DateTimeParseException e) {
          throw new IOException(name + " line " + line + ": bad time '" + row.get(TIME_COLUMN)
              + "' (expected [dd/MM/yyyy HH:mm], UK local)", e);
        }
        ZonedDateTime zoned = ZonedDateTime.ofLocal(local, UK, null); // the earlier offset of an autumn hour
        if (local.equals(previousLocal)) {
          zoned = zoned.withLaterOffsetAtOverlap(); // its repeat
        }
        Instant start = zoned.toInstant();
        if (previous != null && !start.isAfter(previous)) {
          throw new IOException(name + " line " + line + ": " + row.get(TIME_COLUMN) + " is not after the row "
              + "before (rows must run forward in time, an hour each)");
        }
        previousLocal = local;
        previous = start;
        MarketDay day = MarketDay.delivering(start);
        int d = prices.indexOf(day.date());
        if (d < 0 || d >= prices.days()) {
          continue;
        }
        int h = day.hourAt(start).index();
        for (int k = 0; k < columns.size(); k++) {
          String text = row.get(columns.get(k));
          try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
              values[k][d][h] = v;
              continue;
            }
          } catch (NumberFormatException e) {
            // counted below
          }
          notNumbers++;
          if (first == null) {
            first = "line " + line + " " + columns.get(k) + " '" + text + "'";
          }
        }
      }
      return new Attached(prices.withExogenous(prices.name() + "+" + name.replaceFirst("\\.csv$", ""), columns,
          values), notNumbers, first);
    }
  }
}
