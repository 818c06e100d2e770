package org.convergence.local;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.convergence.connectors.settings.ConvergenceSettings;
import org.convergence.connectors.wiring.LiveRun;
import org.convergence.core.time.ScaledClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./convergence daemon}: runs the daily job and the settlement every day, unattended, until SIGTERM. */
@Command(name = "daemon", mixinStandardHelpOptions = true,
    description = {"Run unattended: plan and submit each market day at schedule.run_at (UTC) before its 09:00Z gate,"
        + " retrying with back-off until the gate; settle each traded day after its delivery; catch up after a"
        + " restart (what is done is in the database); alert on failures, missed gates, unverified orders and"
        + " settlement warnings (alerts.webhook_url); send an \"alive\" heartbeat and keep schedule.health_file"
        + " fresh. One log line per action on standard output. Stops cleanly on SIGTERM or Ctrl-C.",
        "Needs exchange.mode: http (a real exchange, or ./convergence exchange for a local one)."})
public final class DaemonCommand implements Callable<Integer> {
  @Mixin SettingsOption settings;

  @Option(names = "--clock", paramLabel = "INSTANT",
      description = "Start the daemon's clock at this UTC instant (it then runs forward); default: now. For"
          + " rehearsals against ./convergence exchange --clock.")
  Instant clockAt;

  double speed = 1;

  @Option(names = "--speed", paramLabel = "N",
      description = "Run the daemon's clock N times real time (default 1); with the same --clock and --speed as"
          + " ./convergence exchange, a rehearsal trades and settles days in minutes.")
  void speed(double n) {
    if (!(n > 0) || !Double.isFinite(n)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--speed must be a number > 0, was " + n);
    }
    speed = n;
  }

  @Option(names = "--until", paramLabel = "INSTANT",
      description = "Stop when the daemon's clock reaches this UTC instant (default: run until stopped).")
  Instant until;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ConvergenceSettings s = settings.load();
    Clock clock = speed != 1 ? ScaledClock.startingAt(clockAt == null ? Instant.now() : clockAt, speed)
        : clockAt == null ? Clock.systemUTC()
        : Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), clockAt));
    CountDownLatch finished = new CountDownLatch(1);
    DaemonWiring.Wired wired = DaemonWiring.wire(s, clock, new ClockSleeper(clock, speed), line -> {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    }, LiveRun.Services.PUBLIC);
    // SIGTERM / Ctrl-C: stop the loop (a sleep ends at once, an action under way is finished), then let the JVM go
    Thread hook = new Thread(() -> {
      wired.loop().stop();
      try {
        finished.await(5, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "convergence-daemon-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (wired) {
      wired.loop().run(Optional.ofNullable(until));
      wired.health().stopped(clock.instant());
    } finally {
      finished.countDown();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: the JVM exits once it returns
    }
    return ExitCode.DONE.code();
  }
}
