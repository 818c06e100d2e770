package org.convergence.local;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.convergence.connectors.aimlacsite.EnergyOnsiteReader;
import org.convergence.connectors.exchange.AimlacExchangeServer;
import org.convergence.connectors.exchange.RecordedSiteReadings;
import org.convergence.connectors.gbprices.GbPriceFiles;
import org.convergence.core.exchange.SimulatedExchange;
import org.convergence.core.price.InMemoryPriceHistory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./convergence exchange}: serves an AIMLAC-compatible exchange over HTTP that replays recorded GB prices, until
 * Ctrl-C.
 */
@Command(name = "exchange", mixinStandardHelpOptions = true,
    description = {
        "Serve an AIMLAC-compatible exchange over HTTP, replaying recorded GB prices, until Ctrl-C.",
        "Clearing price of an hour = mean of the Elexon MID APXMIDP half-hours in it; imbalance = GB system price.",
        "Endpoints: POST /auction/bidding/set, GET /auction/bidding/get, GET /auction/market/clearout-prices, "
            + "GET /auction/market/imbalance, GET /sim/llanwrtyd-wells (the latest recorded site reading at the"
            + " exchange's time), GET /sim/llanwrtyd-wells/30m-average-power?year&month&day&hour&minute (UTC)."})
public final class ExchangeCommand implements Callable<Integer> {
  static final String KEY_VARIABLE = "CONVERGENCE_EXCHANGE_KEY";

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--key", paramLabel = "KEY", description = "The team key the exchange accepts (default: $"
      + KEY_VARIABLE + "). Never printed.")
  String key;

  @Option(names = "--prices", paramLabel = "FILE",
      description = "Price files to replay instead of the bundled 2018-2022 GB prices: Elexon MID half-hours "
          + "(elexon_mid_apxmidp_halfhourly.csv format) and/or hourly GB system prices, or a directory of them. "
          + "Repeatable.")
  List<Path> prices = new ArrayList<>();

  @Option(names = "--readings", paramLabel = "FILE",
      description = "Site readings to replay on /sim/llanwrtyd-wells (energy_onsite.csv format) instead of the"
          + " bundled Feb-Apr 2022 recording.")
  Path readingsFile;

  @Option(names = "--clock", paramLabel = "INSTANT",
      description = "Start the exchange's clock at this UTC instant (e.g. 2022-03-14T08:00:00Z); it then runs "
          + "forward. Default: now.")
  Instant clockStart;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where the key comes from when --key is absent (replaced in tests). */
  java.util.function.Function<String, String> environment = System::getenv;

  @Override
  public Integer call() throws InterruptedException {
    AimlacExchangeServer server = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "exchange-shutdown"));
    stopped.await();
    return 0;
  }

  /** Starts the server and prints what it serves; the caller closes it. */
  AimlacExchangeServer start() {
    String theKey = key != null ? key : environment.apply(KEY_VARIABLE);
    if (theKey == null || theKey.isBlank()) {
      throw new UserFacingException("the exchange needs a key: pass --key KEY or set " + KEY_VARIABLE);
    }
    InMemoryPriceHistory history;
    String source;
    try {
      history = prices.isEmpty() ? GbPriceFiles.bundled() : GbPriceFiles.load(prices);
      source = prices.isEmpty() ? "bundled GB prices" : prices.toString();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
    if (readingsFile != null && !java.nio.file.Files.isRegularFile(readingsFile)) {
      throw new UserFacingException("--readings: " + readingsFile + " does not exist or is not a file");
    }
    RecordedSiteReadings readings;
    try {
      readings = readingsFile == null ? RecordedSiteReadings.bundled()
          : RecordedSiteReadings.of(EnergyOnsiteReader.loadRows(readingsFile), readingsFile.toString());
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new UserFacingException("--readings: " + e.getMessage(), e);
    }
    Clock clock = clockStart == null ? Clock.systemUTC()
        : Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), clockStart));
    SimulatedExchange exchange = new SimulatedExchange(clock, history, List.of(theKey));
    // the web server's start-up chatter at info level says nothing a user needs; our own lines stay
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.io.javalin", "warn");
    AimlacExchangeServer server;
    try {
      server = AimlacExchangeServer.start(exchange, readings, host, port);
    } catch (RuntimeException e) {
      throw new UserFacingException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("AIMLAC exchange on http://%s:%d%n", host, server.port());
    out.printf("Prices:  %s: clearing %d hours (%s .. %s), imbalance %d hours%n", source,
        history.clearingHourCount(), history.firstClearingDay().map(Object::toString).orElse("-"),
        history.lastClearingDay().map(Object::toString).orElse("-"), history.imbalanceHourCount());
    out.printf("Site:    %s: %s%n", readings.source(), readings.describe());
    out.printf("Clock:   %s%s%n", clock.instant(), clockStart == null ? "" : " (set by --clock, runs forward)");
    out.printf("Key:     set (%s)%n", key != null ? "--key" : KEY_VARIABLE);
    out.println("Ctrl-C stops it.");
    out.flush();
    return server;
  }
}
