package org.convergence.core.site;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The site's consumption: the computing centre (constant, kW) and the office: equipment and lighting in working
 * hours ({@code opens}..{@code closes} on working days, UK bank holidays of {@code holidayRegion} off, 21-31
 * December closed) and heating.
 */
public record DemandSpec(
    double computingCentreKw,
    double officeEquipmentKw,
    double officeLightingKw,
    LocalTime opens,
    LocalTime closes,
    String holidayRegion) {
  public DemandSpec {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(holidayRegion, "holiday_region");
    if (!(computingCentreKw >= 0 && computingCentreKw <= 100_000)) {
      throw new IllegalArgumentException("computing centre must be within [0, 100000] kW, was " + computingCentreKw);
    }
    if (!(officeEquipmentKw >= 0) || !(officeLightingKw >= 0)) {
      throw new IllegalArgumentException("office loads must be >= 0 kW");
    }
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException("office closes (" + closes + ") must be after it opens (" + opens + ")");
    }
  }
}
