package org.convergence.core.schedule;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.convergence.core.time.MarketDay;

/**
 * Everything the policy needs to know about the past: when this daemon started, when it last sent its heartbeat, and
 * each market day's {@link DayProgress} (a day not listed has nothing done). Immutable; the {@code with} methods
 * return the changed copy.
 */
public record ScheduleState(Instant upSince, Optional<Instant> lastHeartbeat, NavigableMap<MarketDay, DayProgress> days) {
  public ScheduleState {
    Objects.requireNonNull(upSince, "upSince");
    Objects.requireNonNull(lastHeartbeat, "lastHeartbeat");
    days = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(days));
    for (Map.Entry<MarketDay, DayProgress> e : days.entrySet()) {
      if (!e.getKey().equals(e.getValue().day())) {
        throw new IllegalArgumentException("progress of " + e.getValue().day() + " filed under " + e.getKey());
      }
    }
  }

  /** A daemon that has just started and knows of nothing done. */
  public static ScheduleState startedAt(Instant upSince) {
    return new ScheduleState(upSince, Optional.empty(), new TreeMap<>());
  }

  public DayProgress day(MarketDay day) {
    return days.getOrDefault(day, DayProgress.none(day));
  }

  /** This state with {@code day}'s progress changed by {@code change}. */
  public ScheduleState update(MarketDay day, UnaryOperator<DayProgress> change) {
    NavigableMap<MarketDay, DayProgress> next = new TreeMap<>(days);
    next.put(day, change.apply(day(day)));
    return new ScheduleState(upSince, lastHeartbeat, next);
  }

  public ScheduleState withHeartbeat(Instant at) {
    return new ScheduleState(upSince, Optional.of(at), days);
  }
}
