package org.convergence.core.site;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The site's consumption: the computing centre (constant), the office's base load (always on), equipment and
 * lighting in working hours ({@code opens}..{@code closes} of the site clock on working days, bank holidays of
 * {@code holidayRegion} off when observed, 21-31 December closed) and heating ({@link HeatingSpec}).
 *
 * @param clock the time zone the office's hours follow (e.g. UTC or Europe/London)
 */
public record DemandSpec(
    double computingCentreKw,
    double officeBaseKw,
    double officeEquipmentKw,
    double officeLightingKw,
    LocalTime opens,
    LocalTime closes,
    ZoneId clock,
    String holidayRegion,
    boolean observesBankHolidays,
    HeatingSpec heating) {
  public DemandSpec {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(holidayRegion, "holiday_region");
    Objects.requireNonNull(heating, "heating");
    load("computing_centre_kw", computingCentreKw);
    load("office_base_kw", officeBaseKw);
    load("office_equipment_kw", officeEquipmentKw);
    load("office_lighting_kw", officeLightingKw);
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("office closes (" + closes + ") must be after it opens (" + opens + ")");
    }
  }

  /** The largest plausible load of one kind, kW (100 MW). */
  public static final double MAX_LOAD_KW = 100_000;

  private static void load(String key, double kw) {
    if (!(kw >= 0 && kw <= MAX_LOAD_KW)) {
      throw new IllegalArgumentException(key + " must be within [0, 100000] kW, was " + kw);
    }
  }
}
