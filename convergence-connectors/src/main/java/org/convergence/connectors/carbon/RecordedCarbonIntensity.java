package org.convergence.connectors.carbon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convergence.connectors.csv.CsvText;
import org.convergence.core.carbon.CarbonIntensity;
import org.convergence.core.carbon.CarbonIntensitySource;
import org.convergence.core.time.Interval;

/**
 * Recorded GB carbon intensity, hourly ({@code hour_start_utc}, {@code carbon_intensity_gco2_per_kwh}), for replay
 * runs. The recorded values stand in for the forecast a live run would get before the gate, so they are served as
 * {@link CarbonIntensity#forecastGPerKWh() forecasts}.
 */
public final class RecordedCarbonIntensity implements CarbonIntensitySource {
  public static final String BUNDLED_RESOURCE =
      "/org/convergence/connectors/carbon/gb_carbon_intensity_hourly_2022-01_2022-04.csv";
  private static final Duration HOUR = Duration.ofHours(1);

  private final NavigableMap<Instant, Double> byHour;

  private RecordedCarbonIntensity(NavigableMap<Instant, Double> byHour) {
    this.byHour = byHour;
  }

  /** The bundled Jan-Apr 2022 slice (see SOURCE.md beside it). */
  public static RecordedCarbonIntensity bundled() {
    try (InputStream in = RecordedCarbonIntensity.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + BUNDLED_RESOURCE + " is missing from the classpath");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the CSV; a bad time or value is an error naming the origin, line and value. */
  public static RecordedCarbonIntensity read(Reader reader, String origin) throws IOException {
    NavigableMap<Instant, Double> m = new TreeMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    for (CSVRecord r : format.parse(CsvText.withoutBom(reader))) {
      String time = r.get("hour_start_utc");
      String value = r.get("carbon_intensity_gco2_per_kwh");
      try {
        m.put(Instant.parse(time.endsWith("Z") && time.length() == 17 ? time.replace("Z", ":00Z") : time),
            Double.parseDouble(value));
      } catch (DateTimeParseException | NumberFormatException e) {
        throw new IllegalArgumentException(origin + " line " + r.getRecordNumber() + ": bad time '" + time
            + "' or intensity '" + value + "'", e);
      }
    }
    return new RecordedCarbonIntensity(m);
  }

  @Override
  public List<CarbonIntensity> intensity(Interval interval) {
    List<CarbonIntensity> out = new ArrayList<>();
    for (Map.Entry<Instant, Double> e : byHour.subMap(interval.start().minus(HOUR), false, interval.end(), false)
        .entrySet()) {
      out.add(new CarbonIntensity(Interval.of(e.getKey(), HOUR), e.getValue(), Double.NaN, ""));
    }
    return out;
  }
}
