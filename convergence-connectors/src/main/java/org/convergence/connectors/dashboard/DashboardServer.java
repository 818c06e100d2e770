package org.convergence.connectors.dashboard;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the dashboard on loopback: the static site at {@code /} and the published JSON files of a data directory
 * at {@code /data/} (only {@code index.json}, {@code backtest.json} and {@code <yyyy-mm-dd>.json}; never cached, so
 * a new run shows on reload). Start with {@link #start}, stop with {@link #close}.
 */
public final class DashboardServer implements AutoCloseable {
  /** The only address the server listens on. */
  public static final String LOOPBACK = InetAddress.getLoopbackAddress().getHostAddress();

  private static final Pattern DATA_FILE = Pattern.compile("index\\.json|backtest\\.json|\\d{4}-\\d{2}-\\d{2}\\.json");

  private final Javalin app;

  private DashboardServer(Javalin app) {
    this.app = app;
  }

  /** Where the static site comes from: a classpath folder (packaged) or a directory (development). */
  public record WebRoot(String path, boolean onClasspath) {
    public static WebRoot classpath(String folder) {
      return new WebRoot(folder, true);
    }

    public static WebRoot directory(Path dir) {
      if (!Files.isRegularFile(dir.resolve("index.html"))) {
        throw new IllegalArgumentException(dir + " is not a dashboard directory (it has no index.html)");
      }
      return new WebRoot(dir.toAbsolutePath().toString(), false);
    }
  }

  /**
   * Starts serving on 127.0.0.1.
   *
   * @param port the port, 0 for any free one (see {@link #port()})
   */
  public static DashboardServer start(WebRoot web, Path dataDir, int port) {
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = web.path();
        sf.location = web.onClasspath() ? Location.CLASSPATH : Location.EXTERNAL;
        sf.headers = Map.of("Cache-Control", "no-cache");
      });
      cfg.routes.get("/data/{file}", ctx -> serveData(ctx, dataDir));
    });
    app.start(LOOPBACK, port);
    return new DashboardServer(app);
  }

  public int port() {
    return app.port();
  }

  /** The dashboard's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return "http://" + LOOPBACK + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void serveData(Context ctx, Path dataDir) throws IOException {
    String name = ctx.pathParam("file");
    ctx.header("Cache-Control", "no-store");
    if (!DATA_FILE.matcher(name).matches()) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("no such dashboard data file: " + name);
      return;
    }
    try {
      byte[] bytes = Files.readAllBytes(dataDir.resolve(name));
      ctx.contentType("application/json; charset=utf-8").result(bytes);
    } catch (NoSuchFileException e) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("not published: " + name);
    }
  }
}
