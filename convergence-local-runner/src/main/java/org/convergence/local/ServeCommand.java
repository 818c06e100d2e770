package org.convergence.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.convergence.connectors.dashboard.DashboardServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./convergence serve}: the dashboard and its published data on loopback, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the dashboard (web/static) and the published data on http://127.0.0.1:PORT/.")
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where the packaged copy of web/static sits on the classpath. */
  static final String PACKAGED_WEB = "/convergence-web";

  @Mixin SettingsOption settings;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Directory with index.json and <market-day>.json (default: dashboard.data_dir of the settings).")
  Path data;

  @Option(names = "--web", paramLabel = "DIR",
      description = "Serve the site from this directory (e.g. web/static while editing) instead of the packaged copy.")
  Path web;

  @Override
  public Integer call() {
    Path dataDir = data != null ? data : Path.of(settings.load().dashboard().dataDir());
    if (!Files.isDirectory(dataDir)) {
      System.err.println("warning: " + dataDir + " does not exist yet; the dashboard will say that nothing is"
          + " published until a run publishes there");
    }
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be within 0..65535, was " + port);
    }
    DashboardServer.WebRoot root;
    try {
      root = web != null ? DashboardServer.WebRoot.directory(web) : DashboardServer.WebRoot.classpath(PACKAGED_WEB);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("--web: " + e.getMessage(), e);
    }
    DashboardServer server;
    try {
      server = DashboardServer.start(root, dataDir, port);
    } catch (RuntimeException e) {
      throw new UserFacingException("cannot serve on " + DashboardServer.LOOPBACK + ":" + port + ": " + e.getMessage(),
          e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "dashboard-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    System.out.println("Dashboard: " + server.url() + "  (data: " + dataDir.toAbsolutePath() + "; Ctrl-C stops)");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // stopped by the embedding program (tests): close quietly
      Thread.currentThread().interrupt();
    } finally {
      if (stopped.getCount() > 0) {
        server.close();
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    }
    return 0;
  }
}
