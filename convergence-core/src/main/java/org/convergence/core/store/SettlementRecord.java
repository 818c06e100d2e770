package org.convergence.core.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.convergence.core.market.SettledHour;
import org.convergence.core.time.HourId;
import org.convergence.core.time.MarketDay;

/**
 * A traded day's settlement as stored: its status and message, the warnings (such as fill flags contradicting the
 * fill rule), when it was last checked, and its hours (24 when {@link SettlementStatus#SETTLED}, none when pending).
 */
public record SettlementRecord(MarketDay day, SettlementStatus status, String message, List<String> warnings,
    Instant checkedAt, List<SettledHour> hours) {
  public SettlementRecord {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(checkedAt, "checkedAt");
    warnings = List.copyOf(warnings);
    hours = hours.stream().sorted(Comparator.comparing(h -> h.settlement().hour())).toList();
    if (status == SettlementStatus.SETTLED) {
      List<HourId> got = hours.stream().map(h -> h.settlement().hour()).toList();
      if (!got.equals(HourId.all())) {
        throw new IllegalArgumentException("a settled day " + day + " needs hours 1..24 once each, has " + got);
      }
    } else if (!hours.isEmpty()) {
      throw new IllegalArgumentException("a pending day " + day + " has no settled hours, was given " + hours.size());
    }
    for (SettledHour h : hours) {
      if (!h.settlement().day().equals(day)) {
        throw new IllegalArgumentException("settled hour of " + h.settlement().day() + " cannot be stored under "
            + day);
      }
    }
  }

  public static SettlementRecord pending(MarketDay day, String why, List<String> warnings, Instant checkedAt) {
    return new SettlementRecord(day, SettlementStatus.PENDING, why, warnings, checkedAt, List.of());
  }
}
