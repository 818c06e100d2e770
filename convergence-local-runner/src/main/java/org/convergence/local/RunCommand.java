package org.convergence.local;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.core.time.HourId;
import org.convergence.core.time.Interval;
import org.convergence.core.time.MarketDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./convergence run}: the daily job for one market day. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Plan and submit the orders for a market day (default: the next biddable one).")
public final class RunCommand implements Callable<Integer> {
  @Mixin SettingsOption settings;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Market day to bid for.")
  LocalDate date;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    ConvergenceSettings s = settings.load();
    Instant now = clock.instant();
    MarketDay day = date == null ? MarketDay.nextBiddable(now) : MarketDay.of(date);
    var out = System.out;
    out.printf("Site:          %s (%.4f, %.4f)%n", s.site().name(), s.site().location().latitudeDeg(),
        s.site().location().longitudeDeg());
    out.printf("Now:           %s%n", now);
    out.printf("Market day:    %s%n", day);
    out.printf("Gate closure:  %s (%s)%n", day.gateClosure(), day.isOpenAt(now) ? "open" : "closed");
    List<Interval> hours = day.hours();
    for (HourId h : HourId.all()) {
      out.printf("  hour_ID %2d   %s%n", h.value(), hours.get(h.index()));
    }
    return 0;
  }
}
