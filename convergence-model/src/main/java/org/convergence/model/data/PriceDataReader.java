package org.convergence.model.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads the two hourly price layouts:
 *
 * <ul>
 *   <li>epftoolbox (Lago et al. 2021): {@code date-time, price, exogenous 1, exogenous 2}, one row per hour, 24 rows
 *       a day in local market time;
 *   <li>GB AIMLAC ({@code elexon_mid_apxmidp_hourly_aimlac.csv}): columns {@code aimlac_market_date},
 *       {@code aimlac_hour_id} (1..24) and {@code price_mean_gbp_per_mwh}; missing hours, and hours with price and
 *       volume both zero (no trades), become NaN.
 * </ul>
 */
public final class PriceDataReader {
  private static final DateTimeFormatter EPF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.ROOT);

  /** How far ahead the header line is looked at before the file is parsed from its start. */
  private static final int HEADER_MARK_CHARS = 1 << 16;

  private PriceDataReader() {}

  /** Reads either layout, recognised by its header; a leading byte-order mark (spreadsheet exports) is skipped. */
  public static DailySeries read(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(), StandardCharsets.UTF_8))) {
      in.mark(HEADER_MARK_CHARS);
      String header = in.readLine();
      if (header == null) {
        throw new IOException(file + " is empty");
      }
      in.reset();
      return header.contains("aimlac_market_date") ? readGb(name, in) : readEpf(name, in);
    }
  }

  public static DailySeries readEpf(String name, Reader in) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).build();
    try (CSVParser parser = format.parse(in)) {
      List<CSVRecord> rows = parser.getRecords();
      if (rows.size() < 2) {
        throw new IOException(name + ": no data rows");
      }
      CSVRecord head = rows.get(0);
      int exog = head.size() - 2;
      if (exog < 0) {
        throw new IOException(name + ": expected columns date-time, price[, exogenous...], found " + head.size());
      }
      List<String> exogNames = new ArrayList<>();
      for (int k = 0; k < exog; k++) {
        exogNames.add(head.get(k + 2));
      }
      LocalDate first = null;
      List<double[]> prices = new ArrayList<>();
      List<List<double[]>> ex = new ArrayList<>();
      for (int k = 0; k < exog; k++) {
        ex.add(new ArrayList<>());
      }
      for (int r = 1; r < rows.size(); r++) {
        CSVRecord row = rows.get(r);
        long line = row.getRecordNumber();
        if (row.size() != head.size()) {
          throw new IOException(name + " line " + line + ": expected " + head.size() + " columns, found " + row.size());
        }
        LocalDateTime t;
        try {
          t = LocalDateTime.parse(row.get(0), EPF_TIME);
        } catch (DateTimeParseException e) {
          throw new IOException(name + " line " + line + ": bad date-time '" + row.get(0) + "'", e);
        }
        if (first == null) {
          if (t.getHour() != 0) {
            throw new IOException(name + ": data must start at hour 00, starts " + t);
          }
          first = t.toLocalDate();
        }
        int expected = r - 1;
        int day = expected / 24;
        int hour = expected % 24;
        if (!t.toLocalDate().equals(first.plusDays(day)) || t.getHour() != hour) {
          throw new IOException(name + " line " + line + ": expected " + first.plusDays(day) + " hour " + hour
              + " (24 consecutive rows a day), found " + t);
        }
        if (hour == 0) {
          prices.add(new double[24]);
          for (int k = 0; k < exog; k++) {
            ex.get(k).add(new double[24]);
          }
        }
        prices.get(day)[hour] = number(name, line, row.get(1));
        for (int k = 0; k < exog; k++) {
          ex.get(k).get(day)[hour] = number(name, line, row.get(k + 2));
        }
      }
      if ((rows.size() - 1) % 24 != 0) {
        throw new IOException(name + ": the last day is incomplete (" + (rows.size() - 1) % 24 + " hours)");
      }
      double[][][] exArr = new double[exog][][];
      for (int k = 0; k < exog; k++) {
        exArr[k] = ex.get(k).toArray(double[][]::new);
      }
      return new DailySeries(name, first, prices.toArray(double[][]::new), exogNames, exArr);
    }
  }

  public static DailySeries readGb(String name, Reader in) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (CSVParser parser = format.parse(in)) {
      for (String col : List.of("aimlac_market_date", "aimlac_hour_id", "price_mean_gbp_per_mwh")) {
        if (!parser.getHeaderMap().containsKey(col)) {
          throw new IOException(name + ": missing column " + col);
        }
      }
      List<CSVRecord> rows = parser.getRecords();
      if (rows.isEmpty()) {
        throw new IOException(name + ": no data rows");
      }
      LocalDate first = null;
      LocalDate last = null;
      for (CSVRecord row : rows) {
        LocalDate d = date(name, row);
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
      int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
      double[][] p = new double[days][24];
      for (double[] row : p) {
        Arrays.fill(row, Double.NaN);
      }
      for (CSVRecord row : rows) {
        long line = row.getRecordNumber() + 1;
        int day = (int) (date(name, row).toEpochDay() - first.toEpochDay());
        int hourId;
        try {
          hourId = Integer.parseInt(row.get("aimlac_hour_id"));
        } catch (NumberFormatException e) {
          throw new IOException(name + " line " + line + ": bad hour id '" + row.get("aimlac_hour_id") + "'", e);
        }
        if (hourId < 1 || hourId > 24) {
          throw new IOException(name + " line " + line + ": hour id must be 1..24, was " + hourId);
        }
        String v = row.get("price_mean_gbp_per_mwh");
        boolean noTrades = row.isMapped("volume_mwh_sum") && !row.get("volume_mwh_sum").isEmpty()
            && number(name, line, row.get("volume_mwh_sum")) == 0 && !v.isEmpty() && number(name, line, v) == 0;
        if (!v.isEmpty() && !noTrades) {
          p[day][hourId - 1] = number(name, line, v);
        }
      }
      return new DailySeries(name, first, p, List.of(), new double[0][][]);
    }
  }

  private static LocalDate date(String name, CSVRecord row) throws IOException {
    try {
      return LocalDate.parse(row.get("aimlac_market_date"));
    } catch (DateTimeParseException e) {
      throw new IOException(name + " line " + (row.getRecordNumber() + 1) + ": bad market date '"
          + row.get("aimlac_market_date") + "'", e);
    }
  }

  private static double number(String name, long line, String text) throws IOException {
    try {
      double v = Double.parseDouble(text);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException("not finite");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IOException(name + " line " + line + ": bad number '" + text + "'", e);
    }
  }
}
