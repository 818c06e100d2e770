package org.convergence.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryAlertsTest extends AlertsContract {
  private InMemoryAlerts memory;

  @Override
  protected Alerts newAlerts() {
    memory = new InMemoryAlerts();
    return memory;
  }

  @Override
  protected List<String> received() {
    return memory.sent().stream().map(Alert::line).toList();
  }

  @Test
  void aFailingChannelSaysWhyAndKeepsNothing() {
    InMemoryAlerts broken = InMemoryAlerts.failing("channel down");
    AlertDelivery d = broken.send(Alert.about(DAY, AlertKind.RUN_FAILED, "s", AT, "x"));
    assertThat(d).isEqualTo(AlertDelivery.failed("channel down"));
    assertThat(broken.sent()).isEmpty();
  }

  @Test
  void heartbeatsAreNotProblems() {
    memory.send(Alert.about(DAY, AlertKind.ALIVE, "s", AT, "alive"));
    memory.send(Alert.about(DAY, AlertKind.NOT_VERIFIED, "s", AT, "22 of 24"));
    assertThat(memory.problems()).extracting(Alert::kind).containsExactly(AlertKind.NOT_VERIFIED);
  }
}
