package org.convergence.local;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.convergence.connectors.alert.AlertChannels;
import org.convergence.connectors.exchange.AimlacExchangeClient;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.wiring.LiveRun;
import org.convergence.core.alert.Alerts;
import org.convergence.core.run.DailyRun;
import org.convergence.core.schedule.DaemonLoop;
import org.convergence.core.schedule.DaySettler;
import org.convergence.core.schedule.SchedulePolicy;
import org.convergence.core.schedule.SettleOutcome;
import org.convergence.core.settle.DailySettlement;
import org.convergence.core.schedule.Sleeper;
import org.convergence.core.store.DayLocking;
import org.convergence.persistence.JdbcStore;

/** Wires {@code ./convergence daemon}: the live daily run, the settlement job, alerts, locks and the health file. */
final class DaemonWiring {
  private DaemonWiring() {}

  record Wired(DaemonLoop loop, JdbcStore store, HealthFile health, Clock clock) implements AutoCloseable {
    @Override
    public void close() {
      store.close();
    }
  }

  static Wired wire(ConvergenceSettings s, Clock clock, Sleeper sleeper, Consumer<String> log,
      LiveRun.Services services) {
    AimlacExchangeClient exchange;
    try {
      exchange = LiveRun.exchange(s, "the settings file", "the daemon", services);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
    JdbcStore store = LocalWiring.openStore(s);
    try {
      DailyRun run = LiveRun.builder(s, clock, exchange, LocalWiring.forecaster(s), store,
          LocalWiring.dashboardPublisher(s), services)
          .spreadForecaster(LiveRun.spreadForecasterFor(s.strategy().strategy(), LocalWiring::spreadForecaster))
          .build();
      DailySettlement settlement = LiveRun.settlement(s, clock, exchange, store, LocalWiring.dashboardPublisher(s),
          services).build();
      DaySettler settler = day -> SettleOutcome.of(settlement.settle(day));
      Alerts alerts = AlertChannels.fromSettings(s.alerts());
      DayLocking locking = new DayLocking(store, clock, s.schedule().lockTtl(), "daemon" + onHost());
      HealthFile health = new HealthFile(Path.of(s.schedule().healthFile()));
      DaemonLoop loop = new DaemonLoop(new SchedulePolicy(s.schedule().schedule()), clock, sleeper, store, locking,
          run::run, settler, alerts, s.site().name(), log, health::write);
      return new Wired(loop, store, health, clock);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  static String onHost() {
    String host = System.getenv("HOSTNAME");
    return host == null || host.isBlank() ? "" : " on " + host.strip();
  }
}
