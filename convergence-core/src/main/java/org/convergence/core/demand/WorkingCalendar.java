package org.convergence.core.demand;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.convergence.core.site.DemandSpec;

/**
 * When the office is occupied: Monday to Friday, {@code opens} (inclusive) to {@code closes} (exclusive) on the
 * site's clock, except 21-31 December and, if the site observes them, the bank holidays of its region (Jollyday).
 */
public final class WorkingCalendar {
  private final DemandSpec spec;
  private final HolidayManager holidays;
  private final String[] subdivision;

  /**
   * @throws IllegalArgumentException naming {@code holiday_region} when it is not a Jollyday country code, optionally
   *     followed by {@code -} and one of that country's subdivisions (GB, GB-ENG, GB-WLS, GB-SCT, GB-NIR...)
   */
  public WorkingCalendar(DemandSpec spec) {
    this.spec = spec;
    String region = spec.holidayRegion();
    String[] parts = region.toLowerCase(Locale.ROOT).split("-", -1);
    if (parts.length > 2 || HolidayManager.getSupportedCalendarCodes().stream()
        .noneMatch(code -> code.equalsIgnoreCase(parts[0]))) {
      throw new IllegalArgumentException("holiday_region '" + region + "' is not a region Jollyday knows: expected"
          + " a country code such as GB, DE or FR, optionally with a subdivision such as GB-WLS");
    }
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(parts[0]));
    if (parts.length == 2 && holidays.getCalendarHierarchy().getChildren().keySet().stream()
        .noneMatch(code -> code.equalsIgnoreCase(parts[1]))) {
      throw new IllegalArgumentException("holiday_region '" + region + "' is not a region Jollyday knows: "
          + parts[0].toUpperCase(Locale.ROOT) + " has the subdivisions " + holidays.getCalendarHierarchy()
          .getChildren().keySet().stream().sorted().map(k -> k.toUpperCase(Locale.ROOT)).toList());
    }
    this.subdivision = parts.length > 1 ? new String[] {parts[1]} : new String[0];
  }

  /** True when {@code date} is a bank holiday of the configured region (whether or not the site observes them). */
  public boolean isBankHoliday(LocalDate date) {
    return holidays.isHoliday(date, subdivision);
  }

  /** True when the office works on {@code date} (of the site's clock). */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
      return false;
    }
    if (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 21) {
      return false;
    }
    return !(spec.observesBankHolidays() && isBankHoliday(date));
  }

  /** True when the office is occupied at {@code instant}. */
  public boolean isOccupied(Instant instant) {
    ZonedDateTime local = instant.atZone(spec.clock());
    LocalTime t = local.toLocalTime();
    return isWorkingDay(local.toLocalDate()) && !t.isBefore(spec.opens()) && t.isBefore(spec.closes());
  }
}
