package org.convergence.cloud;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convergence.connectors.report.SettlementJson;
import org.convergence.core.alert.Alert;
import org.convergence.core.alert.AlertDelivery;
import org.convergence.core.alert.AlertKind;
import org.convergence.core.alert.Alerts;
import org.convergence.core.settle.DailySettlement;
import org.convergence.core.settle.SettlementResult;
import org.convergence.core.store.DayLocking;
import org.convergence.core.time.MarketDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /settle} runs core's {@link DailySettlement} (the job behind {@code ./convergence settle}) under each day's
 * lock: the given day, or every traded day delivered and not yet settled. Every completed call answers 200 with one
 * JSON object per day (a day whose data is incomplete is {@code PENDING} and is settled by a later call); a failure
 * answers 500, so Cloud Scheduler retries it. A day with settlement warnings (the exchange's fill flag contradicting
 * the fill rule) is alerted.
 */
final class DailySettlementCall implements DailySettle {
  private static final Logger LOG = LoggerFactory.getLogger(DailySettlementCall.class);

  private final DailySettlement job;
  private final DayLocking locking;
  private final Alerts alerts;
  private final String site;
  private final Clock clock;

  DailySettlementCall(DailySettlement job, DayLocking locking, Alerts alerts, String site, Clock clock) {
    this.job = Objects.requireNonNull(job, "job");
    this.locking = Objects.requireNonNull(locking, "locking");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.site = Objects.requireNonNull(site, "site");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public SettleResponse settle(Optional<MarketDay> day) {
    List<MarketDay> days = day.map(List::of).orElseGet(job::outstandingDays);
    List<SettlementResult> results = new ArrayList<>();
    for (MarketDay d : days) {
      SettlementResult r = locking.call(d, DayLocking.SETTLE, () -> job.settle(d));
      results.add(r);
      if (!r.warnings().isEmpty()) {
        Alert a = Alert.about(d, AlertKind.SETTLEMENT_WARNING, site, clock.instant(), String.join("; ", r.warnings()));
        AlertDelivery delivery = alerts.send(a);
        LOG.warn("alert {} {} ({}): {}", a.kind(), delivery.delivered() ? "sent" : "not delivered",
            delivery.detail(), a.line());
      }
    }
    return new SettleResponse(true, SettlementJson.toJson(results));
  }
}
