package org.convergence.local;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convergence.core.exchange.HeldOrder;
import org.convergence.core.market.Order;
import org.convergence.core.run.RunOutcome;
import org.convergence.core.run.RunReport;
import org.convergence.core.run.SourceUse;
import org.convergence.core.time.HourId;

/** The run report for a terminal. */
final class RunReportText {
  private RunReportText() {}

  static void print(RunReport r, PrintWriter out) {
    out.printf(Locale.ROOT, "Market day    %s (gate closure %s)%n", r.day(), r.day().gateClosure());
    out.printf(Locale.ROOT, "Outcome       %s: %s%n", r.outcome(), r.message());
    out.printf(Locale.ROOT, "Strategy      %s%n", r.strategy());
    out.printf(Locale.ROOT, "Sources       %s%n", r.sources().stream()
        .map(s -> s.role() + " " + s.source() + (s.note().isEmpty() ? "" : " (" + s.note() + ")"))
        .collect(Collectors.joining("; ")));
    if (r.energy().isPresent() && r.prices().isPresent()) {
      out.println();
      out.println("hour  delivery (UTC)      net MWh  price fc  q10..q90 GBP/MWh    order");
      for (HourId h : HourId.all()) {
        var p = r.prices().get().hour(h);
        String order = r.orders().forHour(h).map(RunReportText::order).orElse("-");
        out.printf(Locale.ROOT, "%4d  %s  %7.3f  %8.2f  %7.2f..%-8.2f  %s%n", h.value(),
            r.day().hour(h).start().toString().substring(5, 16).replace('T', ' '), r.energy().get().netMWh(h),
            p.pointGbpPerMWh(), p.quantile(0.1), p.quantile(0.9), order);
      }
      out.println();
    }
    if (!r.decisions().isEmpty()) {
      out.println("hour  order                        beyond net  E[value] GBP  fill  limit      S q10/q50/q90 "
          + "(mean)              P q10/q50/q90");
      for (var d : r.decisions()) {
        out.printf(Locale.ROOT, "%4d  %-28s  %+9.3f  %12.2f  %3.0f%%  %-9s  %7.2f/%7.2f/%7.2f (%7.2f)  "
                + "%7.2f/%7.2f/%7.2f%n", d.hour().value(), d.order().map(RunReportText::order).orElse("-"),
            d.positionBeyondNetMWh(), d.expectedValueGbp(), 100 * d.fillProbability(), d.limitRule(), d.spreadQ10(),
            d.spreadQ50(), d.spreadQ90(), d.spreadMean(), d.clearingQ10(), d.clearingQ50(), d.clearingQ90());
      }
      out.println();
    }
    r.receipt().ifPresent(rc -> out.printf(Locale.ROOT, "Receipt       accepted %d%s%n", rc.accepted(),
        rc.message().isBlank() ? "" : ": " + rc.message()));
    long filled = r.held().stream().filter(HeldOrder::isFilled).count();
    out.printf(Locale.ROOT, "Exchange      holds %d orders for %s%s%s%n", r.held().size(), r.day(),
        filled > 0 ? " (" + filled + " filled)"
            : !r.held().isEmpty() && r.held().stream().allMatch(h -> h.filled().isEmpty())
            ? " (fills known after delivery: ./convergence settle)" : "",
        r.outcome() == RunOutcome.GATE_CLOSED ? ""
            : r.verified() ? "; plan verified" : "; plan NOT verified");
    if (r.carbonSavedKg().isPresent()) {
      out.printf(Locale.ROOT, "Carbon saved  %.1f kgCO2 (forecast generation x grid intensity)%n",
          r.carbonSavedKg().getAsDouble());
    }
    for (String w : r.warnings()) {
      out.println("Warning       " + w);
    }
    for (String e : r.errors()) {
      out.println("Error         " + e);
    }
    out.printf(Locale.ROOT, "Timings       %s; total %d ms%n", r.timings().stream()
        .map(t -> String.format(Locale.ROOT, "%s %d ms", t.step(), t.duration().toMillis()))
        .collect(Collectors.joining(", ")), r.totalDuration().toMillis());
  }

  private static String order(Order o) {
    return String.format(Locale.ROOT, "%-4s %.3f MWh @ %.2f", o.side(), o.volumeMWh(), o.limitPriceGbpPerMWh());
  }

  static String sources(RunReport r) {
    return r.sources().stream().map(SourceUse::source).collect(Collectors.joining(","));
  }
}
