package org.convergence.connectors.weather;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convergence.connectors.csv.CsvText;
import org.convergence.core.time.MarketDay;
import org.convergence.core.weather.WeatherForecast;
import org.convergence.core.weather.WeatherSource;
import org.convergence.core.weather.WeatherUnavailableException;

/**
 * Recorded Met Office spot forecasts in the {@code metoffice_spot.csv} format, replayed as a {@link WeatherSource}
 * (used by backtests and by the offline default run).
 *
 * <p>Format: a header row with {@code time} and the Met Office field names ({@link #COLUMNS}); {@code time} is
 * {@code yyyy-MM-dd HH:mm:ss} in UTC on whole hours; values are numbers or {@code NULL} (also an empty cell) for
 * missing. Hours may be absent (the bundled recording has three multi-day gaps).
 *
 * <p>Resampling to 30 minutes follows {@link HalfHourResampler}: temperature and wind linear in time to each
 * half-hour's midpoint, so the recorded values are reproduced exactly at the hours ({@code HalfHourResampler.pointAt}) and the
 * half-hours are interpolated; a half-hour next to a missing hour is {@code NaN}. The recording has no irradiance
 * (those are {@code NaN}) and no cloud column: cloud cover comes from each hour's significant-weather code. Pressure is the mean sea level pressure reduced to
 * {@link #atElevation(double) the site's elevation} (0 m = sea level unless set).
 *
 * <p>Issue times: the CSV holds one forecast value per hour and no issue time, so a replayed forecast is stamped
 * as issued at the {@code asOf} the caller asks for. Backtests on it therefore see the forecast as the team stored
 * it, which may be closer to the outcome than a true day-ahead forecast was.
 */
public final class MetOfficeSpotReplay implements WeatherSource {
  public static final String NAME = "replay";
  /** Classpath location of the bundled recording (AIMLAC site, 2022-02-15T23:00Z to 2022-04-30T23:00Z). */
  public static final String BUNDLED_RESOURCE = "/org/convergence/connectors/aimlacsite/metoffice_spot.csv";
  /** Wind speed height of the Met Office spot forecast (windSpeed10m). */
  public static final double WIND_HEIGHT_M = 10.0;

  /** The columns, in file order. */
  public static final List<String> COLUMNS = List.of("time", "windDirectionFrom10m", "visibility", "mslp",
      "uvIndex", "significantWeatherCode", "precipitationRate", "totalPrecipAmount", "totalSnowAmount",
      "probOfPrecipitation", "screenRelativeHumidity", "windGustSpeed10m", "max10mWindGust", "windSpeed10m",
      "screenTemperature", "maxScreenAirTemp", "minScreenAirTemp", "screenDewPointTemperature",
      "feelsLikeTemperature");

  private static final Duration HOUR = Duration.ofHours(1);

  private final String origin;
  private final NavigableMap<Instant, MetOfficeSpotRow> rows;
  private final double elevationM;

  private MetOfficeSpotReplay(String origin, NavigableMap<Instant, MetOfficeSpotRow> rows, double elevationM) {
    this.origin = origin;
    this.rows = Collections.unmodifiableNavigableMap(rows);
    this.elevationM = elevationM;
  }

  /** The recording bundled with Convergence (AIMLAC HQ, Llanwrtyd Wells, Feb-Apr 2022). */
  public static MetOfficeSpotReplay bundled() {
    try (InputStream in = MetOfficeSpotReplay.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled recording " + BUNDLED_RESOURCE + " is missing from the classpath");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled metoffice_spot.csv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + BUNDLED_RESOURCE, e);
    }
  }

  /**
   * Reads a recording: one CSV file, or a folder whose {@code *.csv} files are merged (the same hour in two files
   * is an error unless both rows are equal).
   */
  public static MetOfficeSpotReplay load(Path path) {
    Objects.requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(path)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list recorded forecasts in " + path, e);
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException(path + ": no *.csv recorded forecasts in this folder");
      }
      NavigableMap<Instant, MetOfficeSpotRow> merged = new TreeMap<>();
      Map<Instant, Path> fileOf = new TreeMap<>();
      for (Path f : files) {
        for (MetOfficeSpotRow r : load(f).rows()) {
          MetOfficeSpotRow old = merged.putIfAbsent(r.time(), r);
          if (old == null) {
            fileOf.put(r.time(), f);
          } else if (!old.equals(r)) {
            throw new IllegalArgumentException("recorded forecasts disagree for " + r.time() + ": "
                + fileOf.get(r.time()) + " and " + f);
          }
        }
      }
      return new MetOfficeSpotReplay(path.toString(), merged, 0);
    }
    try (Reader in = CsvText.open(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read recorded forecast " + path, e);
    }
  }

  /** Parses the CSV format; {@code origin} names the input in error messages. */
  public static MetOfficeSpotReplay read(Reader reader, String origin) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    NavigableMap<Instant, MetOfficeSpotRow> rows = new TreeMap<>();
    try (CSVParser parser = CSVParser.parse(CsvText.withoutBom(reader), format)) {
      List<String> missing = new ArrayList<>(COLUMNS);
      missing.removeAll(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(origin + ": missing column(s) " + missing + "; expected " + COLUMNS);
      }
      for (CSVRecord rec : parser) {
        MetOfficeSpotRow row = parseRow(rec, origin);
        if (rows.put(row.time(), row) != null) {
          throw new IllegalArgumentException(origin + " line " + rec.getParser().getCurrentLineNumber()
              + ": second row for " + rec.get("time"));
        }
      }
    }
    return new MetOfficeSpotReplay(origin, rows, 0);
  }

  private static MetOfficeSpotRow parseRow(CSVRecord rec, String origin) {
    String where = origin + " line " + rec.getParser().getCurrentLineNumber();
    if (!rec.isConsistent()) {
      throw new IllegalArgumentException(where + ": expected " + rec.getParser().getHeaderNames().size()
          + " fields, found " + rec.size());
    }
    Instant time;
    try {
      time = LocalDateTime.parse(rec.get("time").replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": time '" + rec.get("time")
          + "' is not yyyy-MM-dd HH:mm:ss (UTC)");
    }
    if (time.getEpochSecond() % 3600 != 0) {
      throw new IllegalArgumentException(where + ": time " + rec.get("time") + " is not on a whole hour");
    }
    double code = number(rec, "significantWeatherCode", where);
    if (!Double.isNaN(code) && (code != Math.rint(code) || code < 0 || code > 30)) {
      throw new IllegalArgumentException(where + ": significantWeatherCode must be a whole number 0..30, was "
          + rec.get("significantWeatherCode"));
    }
    return new MetOfficeSpotRow(time,
        number(rec, "windDirectionFrom10m", where),
        number(rec, "visibility", where),
        number(rec, "mslp", where),
        number(rec, "uvIndex", where),
        Double.isNaN(code) ? MetOfficeSpotRow.MISSING_CODE : (int) code,
        number(rec, "precipitationRate", where),
        number(rec, "totalPrecipAmount", where),
        number(rec, "totalSnowAmount", where),
        number(rec, "probOfPrecipitation", where),
        number(rec, "screenRelativeHumidity", where),
        number(rec, "windGustSpeed10m", where),
        number(rec, "max10mWindGust", where),
        number(rec, "windSpeed10m", where),
        number(rec, "screenTemperature", where),
        number(rec, "maxScreenAirTemp", where),
        number(rec, "minScreenAirTemp", where),
        number(rec, "screenDewPointTemperature", where),
        number(rec, "feelsLikeTemperature", where));
  }

  private static double number(CSVRecord rec, String column, String where) {
    String s = rec.get(column);
    if (s.isEmpty() || s.equalsIgnoreCase("NULL")) {
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": " + column + " '" + s + "' is not a number or NULL");
    }
  }

  /** This recording with pressure reduced to the site's elevation above sea level, m. */
  public MetOfficeSpotReplay atElevation(double elevationM) {
    if (!(elevationM >= -500 && elevationM <= 9000)) {
      throw new IllegalArgumentException("elevation must be within [-500, 9000] m, was " + elevationM);
    }
    return new MetOfficeSpotReplay(origin, new TreeMap<>(rows), elevationM);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The raw hourly rows, in time order. */
  public List<MetOfficeSpotRow> rows() {
    return List.copyOf(rows.values());
  }

  /** The raw rows from {@code from} (inclusive) to {@code to} (exclusive). */
  public List<MetOfficeSpotRow> rows(Instant from, Instant to) {
    return List.copyOf(rows.subMap(from, true, to, false).values());
  }

  /** Where the recording came from (file, folder or "bundled ..."). */
  public String origin() {
    return origin;
  }

  /**
   * The market days the recording covers completely: every hour from the day's delivery start to its delivery
   * end (25 hourly rows, the last one needed to interpolate the final half-hour) is present. Values within a row
   * may still be NULL.
   */
  public List<MarketDay> coveredDays() {
    List<MarketDay> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    MarketDay day = MarketDay.delivering(rows.firstKey());
    MarketDay last = MarketDay.delivering(rows.lastKey());
    for (; day.compareTo(last) <= 0; day = day.next()) {
      if (rows.subMap(day.deliveryStart(), true, day.deliveryEnd(), true).size() == 25) {
        out.add(day);
      }
    }
    return out;
  }

  /** True when some delivery half-hour of the day has recorded neighbours (it may still have gaps). */
  public boolean touches(MarketDay day) {
    return !rows.subMap(day.deliveryStart().minus(HOUR), false, day.deliveryEnd().plus(HOUR), false).isEmpty();
  }

  /**
   * Temperature (C) at an instant, linear between the recorded hours: exactly the recorded value on an hour.
   * {@code NaN} outside the recording or across a gap.
   */
  public double temperatureCAt(Instant t) {
    return HalfHourResampler.pointAt(hourly(t.minus(HOUR), t.plus(HOUR)), t, HourlyWeather::airTemperatureC);
  }

  /** Wind speed at 10 m (m/s) at an instant, as {@link #temperatureCAt}. */
  public double windSpeed10mMpsAt(Instant t) {
    return HalfHourResampler.pointAt(hourly(t.minus(HOUR), t.plus(HOUR)), t, HourlyWeather::windSpeedMps);
  }

  /**
   * The recorded forecast of {@code day} on its 48 half-hours (see the class comment for interpolation), stamped
   * as issued at {@code issuedNoLaterThan}.
   *
   * @throws WeatherUnavailableException when the recording has no hour near the day at all
   */
  public WeatherForecast forecastFor(MarketDay day, Instant issuedNoLaterThan) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(issuedNoLaterThan, "issuedNoLaterThan");
    if (!touches(day)) {
      throw new WeatherUnavailableException("recorded forecast " + origin + " does not cover market day " + day
          + (rows.isEmpty() ? " (it is empty)" : " (it covers " + rows.firstKey() + " to " + rows.lastKey() + ")"));
    }
    NavigableMap<Instant, HourlyWeather> hourly = hourly(day.deliveryStart(), day.deliveryEnd());
    return HalfHourResampler.forecast(NAME, issuedNoLaterThan, WIND_HEIGHT_M, day, List.copyOf(hourly.values()));
  }

  @Override
  public WeatherForecast forecast(MarketDay day, Instant asOf) {
    return forecastFor(day, asOf);
  }

  private NavigableMap<Instant, HourlyWeather> hourly(Instant from, Instant to) {
    NavigableMap<Instant, HourlyWeather> out = new TreeMap<>();
    for (MetOfficeSpotRow r : rows.subMap(from, true, to, true).values()) {
      out.put(r.time(), r.toHourly(elevationM));
    }
    return out;
  }

  @Override
  public String toString() {
    return "MetOfficeSpotReplay[" + origin + ", " + rows.size() + " hours]";
  }
}
