package org.convergence.connectors.aimlacsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convergence.connectors.csv.CsvText;
import org.convergence.core.energy.SiteReading;

/**
 * Reads the AIMLAC site's recorded readings, {@code energy_onsite.csv}: {@code time} (UTC, no zone), powers in W
 * with consumption negative ({@code hq_power}, {@code computing_center}), six turbines {@code wind1..4, windA,
 * windB}, {@code hq_temperature} (C) and {@code solar}. Each row becomes a {@link SiteReading} in kW with
 * generation and consumption both positive; wind is the sum of the six turbines. Empty or {@code NULL} cells are
 * NaN; any other bad cell is an error naming file, line and column.
 */
public final class EnergyOnsiteReader {
  public static final String FILE_NAME = "energy_onsite.csv";
  public static final String BUNDLED_RESOURCE = "/org/convergence/connectors/aimlacsite/" + FILE_NAME;
  public static final List<String> TURBINE_COLUMNS = List.of("wind1", "wind2", "wind3", "wind4", "windA", "windB");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private EnergyOnsiteReader() {}

  /** The bundled copy (Feb-Apr 2022, see SOURCE.md). */
  public static List<SiteReading> bundled() {
    return bundledRows().stream().map(EnergyOnsiteRow::toSiteReading).toList();
  }

  /** The bundled copy's rows as recorded (W, signed, turbine by turbine). */
  public static List<EnergyOnsiteRow> bundledRows() {
    try (InputStream in = EnergyOnsiteReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + BUNDLED_RESOURCE + " is missing from the classpath");
      }
      return rows(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<SiteReading> load(Path file) {
    return loadRows(file).stream().map(EnergyOnsiteRow::toSiteReading).toList();
  }

  /** A file's rows as recorded (W, signed, turbine by turbine). */
  public static List<EnergyOnsiteRow> loadRows(Path file) {
    try (Reader r = CsvText.open(file)) {
      return rows(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  public static List<SiteReading> read(Reader reader, String origin) throws IOException {
    return rows(reader, origin).stream().map(EnergyOnsiteRow::toSiteReading).toList();
  }

  /** The rows as recorded; {@code origin} names the source in errors. */
  public static List<EnergyOnsiteRow> rows(Reader reader, String origin) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<EnergyOnsiteRow> out = new ArrayList<>();
    var parser = format.parse(CsvText.withoutBom(reader));
    for (String c : requiredColumns()) {
      if (!parser.getHeaderMap().containsKey(c)) {
        throw new IllegalArgumentException(origin + ": missing column '" + c + "' (header: "
            + parser.getHeaderNames() + ")");
      }
    }
    Instant previous = null;
    for (CSVRecord rec : parser) {
      String where = origin + " line " + (rec.getRecordNumber() + 1);
      Instant time;
      try {
        time = LocalDateTime.parse(rec.get("time"), TIME).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": time '" + rec.get("time")
            + "' is not yyyy-MM-dd HH:mm:ss", e);
      }
      if (previous != null && !time.isAfter(previous)) {
        throw new IllegalArgumentException(where + ": time " + time + " is not after the previous row's " + previous);
      }
      previous = time;
      Map<String, Double> turbines = new LinkedHashMap<>();
      for (String c : TURBINE_COLUMNS) {
        turbines.put(c, watts(rec, c, where));
      }
      out.add(new EnergyOnsiteRow(time, watts(rec, "hq_power", where), watts(rec, "computing_center", where),
          turbines, watts(rec, "solar", where), number(rec, "hq_temperature", where)));
    }
    return List.copyOf(out);
  }

  private static List<String> requiredColumns() {
    List<String> c = new ArrayList<>(List.of("time", "hq_power", "computing_center", "hq_temperature", "solar"));
    c.addAll(TURBINE_COLUMNS);
    return c;
  }

  private static double watts(CSVRecord rec, String column, String where) {
    return number(rec, column, where);
  }

  private static double number(CSVRecord rec, String column, String where) {
    String v = rec.get(column);
    if (v.isEmpty() || v.equalsIgnoreCase("NULL")) {
      return Double.NaN;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": column " + column + " is not a number: '" + v + "'");
    }
  }
}
