package org.convergence.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convergence.core.time.MarketDay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Alerts} must do: deliver each alert once, in order, as its {@link Alert#line()}, and say so.
 * An implementation's test supplies the alerts and what the far side received (PowSyBl style, in core's test-jar).
 */
public abstract class AlertsContract {
  protected Alerts alerts;

  /** A fresh implementation, delivering to a channel that works. */
  protected abstract Alerts newAlerts();

  /** The lines the channel received, in order. */
  protected abstract List<String> received();

  @BeforeEach
  void create() {
    alerts = newAlerts();
  }

  static final Instant AT = Instant.parse("2022-04-28T09:00:00Z");
  static final MarketDay DAY = MarketDay.of(2022, 4, 29);

  @Test
  void eachAlertArrivesOnceInOrderAsItsLine() {
    Alert missed = Alert.about(DAY, AlertKind.GATE_MISSED, "AIMLAC HQ", AT, "the gate closed after 6 failed attempts");
    Alert alive = new Alert(AT.plusSeconds(60), AlertKind.ALIVE, "AIMLAC HQ", Optional.empty(), "next: run of "
        + DAY.next());
    AlertDelivery first = alerts.send(missed);
    AlertDelivery second = alerts.send(alive);
    assertThat(first.delivered()).as(first.detail()).isTrue();
    assertThat(second.delivered()).as(second.detail()).isTrue();
    assertThat(received()).containsExactly(missed.line(), alive.line());
  }

  @Test
  void textWithQuotesNewlinesAndNonAsciiArrivesIntact() {
    Alert odd = Alert.about(DAY, AlertKind.RUN_FAILED, "Llanwrtyd \"HQ\" \u00e9", AT,
        "weather: {\"error\": \"no key\"}\n\tand \\ a backslash \u2014 \u00a3");
    assertThat(alerts.send(odd).delivered()).isTrue();
    assertThat(received()).containsExactly(odd.line());
    assertThat(odd.line()).doesNotContain("\n");
  }
}
