package org.convergence.connectors.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.aimlacsite.EnergyOnsiteRow;

/**
 * The site readings a local exchange replays on its {@code /sim/llanwrtyd-wells} endpoints, by time. The exchange
 * never shows a reading from after its own "now": the current reading is the latest at or before it, and a
 * half-hour's average uses only readings taken by then.
 */
public final class RecordedSiteReadings {
  /** The averaging window of {@code 30m-average-power}. */
  public static final Duration HALF_HOUR = Duration.ofMinutes(30);

  private static final RecordedSiteReadings NONE = new RecordedSiteReadings(new TreeMap<>(), "no readings");

  private final NavigableMap<Instant, EnergyOnsiteRow> byTime;
  private final String source;

  private RecordedSiteReadings(NavigableMap<Instant, EnergyOnsiteRow> byTime, String source) {
    this.byTime = byTime;
    this.source = source;
  }

  /** Readings in any order; two at the same time are an error. {@code source} names them in messages. */
  public static RecordedSiteReadings of(List<EnergyOnsiteRow> rows, String source) {
    NavigableMap<Instant, EnergyOnsiteRow> byTime = new TreeMap<>();
    for (EnergyOnsiteRow r : rows) {
      if (byTime.put(r.time(), r) != null) {
        throw new IllegalArgumentException(source + ": two readings at " + r.time());
      }
    }
    return new RecordedSiteReadings(byTime, Objects.requireNonNull(source, "source"));
  }

  /** The bundled {@code energy_onsite.csv} (Feb-Apr 2022). */
  public static RecordedSiteReadings bundled() {
    return of(EnergyOnsiteReader.bundledRows(), "bundled " + EnergyOnsiteReader.FILE_NAME);
  }

  /** No readings: every site endpoint answers 404. */
  public static RecordedSiteReadings none() {
    return NONE;
  }

  public int size() {
    return byTime.size();
  }

  public String source() {
    return source;
  }

  public Optional<Instant> first() {
    return byTime.isEmpty() ? Optional.empty() : Optional.of(byTime.firstKey());
  }

  public Optional<Instant> last() {
    return byTime.isEmpty() ? Optional.empty() : Optional.of(byTime.lastKey());
  }

  /** The latest reading taken at or before {@code now}. */
  public Optional<EnergyOnsiteRow> latestAtOrBefore(Instant now) {
    return Optional.ofNullable(byTime.floorEntry(now)).map(Map.Entry::getValue);
  }

  /**
   * The mean net power (W, generation positive) of the readings taken in the half-hour {@code [start, start + 30
   * min)} and at or before {@code now}; readings missing a value are left out. Empty when no such reading exists.
   */
  public OptionalDouble averagePowerW(Instant start, Instant now) {
    Instant end = start.plus(HALF_HOUR);
    double sum = 0;
    int n = 0;
    for (EnergyOnsiteRow r : byTime.subMap(start, true, end, false).values()) {
      double net = r.netPowerW();
      if (!r.time().isAfter(now) && Double.isFinite(net)) {
        sum += net;
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  /** "2506 readings, 2022-02-16T00:33:35Z .. 2022-04-30T23:54:44Z" or "no readings". */
  public String describe() {
    return byTime.isEmpty() ? "no readings"
        : byTime.size() + " readings, " + byTime.firstKey() + " .. " + byTime.lastKey();
  }

  @Override
  public String toString() {
    return "RecordedSiteReadings[" + source + ": " + describe() + "]";
  }
}
