package org.convergence.core.energy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.convergence.core.site.GeoLocation;
import org.convergence.core.site.SolarArraySpec;
import org.convergence.core.solar.HorizonProfile;
import org.convergence.core.solar.PvArrayModel;
import org.convergence.core.solar.SolarPositions;
import org.convergence.core.solar.SunPosition;
import org.convergence.core.time.Interval;

/**
 * Fits the array's {@link HorizonProfile} from clear-day residuals by sun azimuth, in three steps, each its own
 * method: {@link #clearDays} picks the days whose readings around solar noon reach the cloud-free model; {@link
 * #clearDayLosses} fits the clear-sky level on those noons (where no skyline reaches the sun); {@link #fit} then sets
 * each azimuth's skyline elevation, in turn and twice round, to the grid value that minimises the clear days' mean
 * absolute error of the cloud-free model. Azimuths the sun never crossed on a clear day take the nearest fitted
 * value. Deterministic, and independent of the horizon and losses it starts from.
 */
public final class HorizonCalibration {
  /** Profile points: one every 10 degrees of azimuth. */
  public static final int POINTS = 36;
  /** A clear day's noon half-hours: mid-interval sun azimuth within this of due south, degrees. */
  public static final double NOON_HALF_WIDTH_DEG = 30;
  /** A day is clear when every noon half-hour reads at least this fraction of the cloud-free lossless model. */
  public static final double CLEAR_RATIO = 0.75;
  /** A clear day needs at least this many noon half-hours with readings. */
  public static final int MIN_NOON_HALF_HOURS = 4;
  /** Candidate skyline elevations, degrees. */
  static final double[] ELEVATION_GRID = grid(0, 25, 1);
  static final double[] LOSSES_GRID = grid(0, 0.5, 0.025);

  /** One half-hour: when, the weather as the cloud-free PV model needs it, and the reading, kW. */
  public record Sample(Interval interval, double airTemperatureC, double windSpeedMps, double pressureHpa,
      double readingKw) {
    PvArrayModel.Inputs cloudFree() {
      return new PvArrayModel.Inputs(Double.NaN, Double.NaN, Double.NaN, 0, airTemperatureC, windSpeedMps,
          pressureHpa);
    }

    LocalDate dateUtc() {
      return interval.start().atZone(ZoneOffset.UTC).toLocalDate();
    }
  }

  /** The fitted profile, the clear days it came from and their MAE, kW, with that profile. */
  public record Result(HorizonProfile horizon, double clearDayLosses, Set<LocalDate> clearDays, double maeKw) {}

  private final GeoLocation location;

  public HorizonCalibration(GeoLocation location) {
    this.location = location;
  }

  /** Runs the three steps on {@code samples} for the array {@code array} (its horizon and losses are ignored). */
  public Result calibrate(SolarArraySpec array, List<Sample> samples) {
    SolarArraySpec open = with(array, 0, HorizonProfile.flat(POINTS));
    Set<LocalDate> days = clearDays(open, samples);
    List<Sample> clear = samples.stream().filter(s -> days.contains(s.dateUtc())).toList();
    if (clear.isEmpty()) {
      return new Result(array.horizon(), array.systemLosses(), days, Double.NaN);
    }
    double losses = clearDayLosses(open, clear);
    HorizonProfile h = fit(with(array, losses, HorizonProfile.flat(POINTS)), clear);
    return new Result(h, losses, days, mae(with(array, losses, h), clear));
  }

  /** Days (UTC) on which every noon half-hour with a reading reads at least {@link #CLEAR_RATIO} of the model. */
  public Set<LocalDate> clearDays(SolarArraySpec array, List<Sample> samples) {
    PvArrayModel pv = new PvArrayModel(location, array);
    Map<LocalDate, int[]> noon = new TreeMap<>(); // [noon half-hours, of which clear]
    for (Sample s : samples) {
      if (!isNoon(s)) {
        continue;
      }
      double model = pv.power(s.interval(), s.cloudFree()).acKw();
      int[] c = noon.computeIfAbsent(s.dateUtc(), d -> new int[2]);
      c[0]++;
      c[1] += s.readingKw() >= CLEAR_RATIO * model ? 1 : 0;
    }
    Set<LocalDate> out = new TreeSet<>();
    noon.forEach((d, c) -> {
      if (c[0] >= MIN_NOON_HALF_HOURS && c[0] == c[1]) {
        out.add(d);
      }
    });
    return out;
  }

  /** The system losses that minimise the MAE of the cloud-free model at the clear days' noon half-hours. */
  public double clearDayLosses(SolarArraySpec array, List<Sample> clear) {
    List<Sample> noon = clear.stream().filter(this::isNoon).toList();
    double best = Double.POSITIVE_INFINITY;
    double chosen = array.systemLosses();
    for (double l : LOSSES_GRID) {
      double m = mae(with(array, l, array.horizon()), noon);
      if (m < best - 1e-9) {
        best = m;
        chosen = l;
      }
    }
    return chosen;
  }

  /** The skyline, point by point (two passes), that minimises the clear half-hours' MAE, from a flat start. */
  public HorizonProfile fit(SolarArraySpec array, List<Sample> clear) {
    HorizonProfile h = HorizonProfile.flat(POINTS);
    boolean[] seen = new boolean[POINTS];
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < POINTS; i++) {
        List<Sample> near = near(h.azimuthDegOf(i), clear);
        if (near.isEmpty()) {
          continue;
        }
        seen[i] = true;
        double best = Double.POSITIVE_INFINITY;
        double chosen = 0;
        for (double e : ELEVATION_GRID) {
          double m = mae(with(array, array.systemLosses(), h.with(i, e)), near);
          if (m < best - 1e-9) {
            best = m;
            chosen = e;
          }
        }
        h = h.with(i, chosen);
      }
    }
    return fillUnseen(h, seen);
  }

  /** Points never fitted take the value of the nearest fitted point (the counter-clockwise one on a tie). */
  static HorizonProfile fillUnseen(HorizonProfile h, boolean[] seen) {
    int n = h.size();
    HorizonProfile out = h;
    for (int i = 0; i < n; i++) {
      if (seen[i]) {
        continue;
      }
      for (int d = 1; d <= n / 2; d++) {
        int left = Math.floorMod(i - d, n);
        int right = Math.floorMod(i + d, n);
        if (seen[left]) {
          out = out.with(i, h.elevationDeg().get(left));
          break;
        }
        if (seen[right]) {
          out = out.with(i, h.elevationDeg().get(right));
          break;
        }
      }
    }
    return out;
  }

  /** Half-hours whose mid-interval sun is up and within 15 degrees of azimuth of {@code azimuthDeg}. */
  private List<Sample> near(double azimuthDeg, List<Sample> clear) {
    List<Sample> out = new ArrayList<>();
    for (Sample s : clear) {
      SunPosition sun = midSun(s);
      double d = Math.abs(((sun.azimuthDeg() - azimuthDeg) % 360 + 540) % 360 - 180);
      if (sun.isUp() && d <= 15) {
        out.add(s);
      }
    }
    return out;
  }

  private boolean isNoon(Sample s) {
    SunPosition sun = midSun(s);
    return sun.isUp() && Math.abs(sun.azimuthDeg() - 180) <= NOON_HALF_WIDTH_DEG;
  }

  private SunPosition midSun(Sample s) {
    return SolarPositions.at(s.interval().start().plus(s.interval().length().dividedBy(2)), location,
        s.pressureHpa(), s.airTemperatureC());
  }

  private double mae(SolarArraySpec array, List<Sample> samples) {
    PvArrayModel pv = new PvArrayModel(location, array);
    double sum = 0;
    for (Sample s : samples) {
      sum += Math.abs(pv.power(s.interval(), s.cloudFree()).acKw() - s.readingKw());
    }
    return samples.isEmpty() ? Double.NaN : sum / samples.size();
  }

  static SolarArraySpec with(SolarArraySpec a, double losses, HorizonProfile horizon) {
    return new SolarArraySpec(a.panels(), a.panelAreaM2(), a.efficiency(), a.tiltDeg(), a.azimuthDeg(),
        a.panelCapW(), a.temperatureCoefficientPerC(), losses, a.inverterCapKw(), a.linkeTurbidity(), a.albedo(),
        a.cloudAttenuation(), a.cloudExponent(), horizon.elevationDeg());
  }

  private static double[] grid(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = Math.round((from + i * step) * 1e6) / 1e6;
    }
    return g;
  }
}
