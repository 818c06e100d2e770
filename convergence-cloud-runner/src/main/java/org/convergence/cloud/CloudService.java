package org.convergence.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.convergence.cloud.auth.AuthResult;
import org.convergence.cloud.auth.UpdateAuthenticator;
import org.convergence.core.store.DayLockedException;
import org.convergence.core.time.MarketDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cloud Run service.
 * <ul>
 *   <li>{@code POST /update[?date=YYYY-MM-DD]}: authenticated; runs the daily run for the next biddable market day
 *   (or the given one) and answers its run report. Calls are serialised, so a retry that arrives while the first
 *   call still runs waits for it and then finds the day already done.</li>
 *   <li>{@code POST /settle[?date=YYYY-MM-DD]}: authenticated like {@code /update}; runs the daily settlement job
 *   for the given day, or for every traded day whose delivery is over and that is not settled yet, and answers
 *   its result. Serialised with {@code /update}.</li>
 *   <li>Both take the day's lock in the database first: a day being worked on elsewhere (the daemon, a manual run)
 *   answers 409, and Cloud Scheduler's retry comes back later.</li>
 *   <li>{@code GET /healthz}: answers at once, without touching the database, the bucket or the exchange.</li>
 *   <li>{@code GET /}: the dashboard (packaged from {@code web/static}), and {@code GET /data/<file>.json} its data
 *   files, read from the dashboard location (the bucket on Cloud Run).</li>
 * </ul>
 */
public final class CloudService {
  private static final Logger LOG = LoggerFactory.getLogger(CloudService.class);
  /** Classpath folder the build copies {@code web/static} into. */
  static final String DASHBOARD_CLASSPATH_DIR = "/web";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATA_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.json");

  private final UpdateAuthenticator authenticator;
  private final DailyUpdate dailyUpdate;
  private final DailySettle dailySettle;
  private final Optional<Path> dashboardData;
  private final Clock clock;
  private final Object updateLock = new Object();

  public CloudService(UpdateAuthenticator authenticator, DailyUpdate dailyUpdate, DailySettle dailySettle,
      Optional<Path> dashboardData, Clock clock) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.dailyUpdate = Objects.requireNonNull(dailyUpdate, "dailyUpdate");
    this.dailySettle = Objects.requireNonNull(dailySettle, "dailySettle");
    this.dashboardData = Objects.requireNonNull(dashboardData, "dashboardData");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Starts the service on {@code host:port} (port 0 picks a free one). */
  public Javalin start(String host, int port) {
    boolean dashboardPackaged = CloudService.class.getResource(DASHBOARD_CLASSPATH_DIR + "/index.html") != null;
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      if (dashboardPackaged) {
        config.staticFiles.add(DASHBOARD_CLASSPATH_DIR, Location.CLASSPATH);
      }
      config.routes.get("/healthz", this::health);
      config.routes.post("/update", this::update);
      config.routes.post("/settle", this::settle);
      config.routes.get("/data/{file}", this::dataFile);
      if (!dashboardPackaged) {
        config.routes.get("/", ctx -> ctx.status(HttpStatus.NOT_FOUND).contentType(ContentType.TEXT_PLAIN)
            .result("the dashboard is not packaged in this build (web/static was missing)"));
      }
    });
    app.start(host, port);
    LOG.info("Convergence cloud service on {}:{}; /update authentication: {}", host, app.port(),
        authenticator.describe());
    return app;
  }

  private void health(Context ctx) {
    ctx.contentType(ContentType.APPLICATION_JSON).result("{\"status\":\"ok\"}");
  }

  /** Checks the caller; false (the answer already given) when refused. */
  private boolean authenticated(Context ctx, String path) {
    AuthResult auth = authenticator.authenticate(ctx.header("Authorization"));
    if (!auth.allowed()) {
      HttpStatus status = auth.status() == AuthResult.Status.NOT_CONFIGURED ? HttpStatus.FORBIDDEN
          : HttpStatus.UNAUTHORIZED;
      LOG.warn("{} refused from {}: {}", path, ctx.ip(), auth.principalOrReason());
      if (status == HttpStatus.UNAUTHORIZED) {
        ctx.header("WWW-Authenticate", "Bearer");
      }
      ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(error(auth.principalOrReason()));
      return false;
    }
    LOG.info("{} by {}", path, auth.principalOrReason());
    return true;
  }

  /** The {@code date} parameter; empty when absent; null (the answer already given) when malformed. */
  private static Optional<MarketDay> dateParameter(Context ctx) {
    String date = ctx.queryParam("date");
    if (date == null || date.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MarketDay.of(LocalDate.parse(date.strip())));
    } catch (DateTimeParseException e) {
      ctx.status(HttpStatus.BAD_REQUEST).contentType(ContentType.APPLICATION_JSON)
          .result(error("date must be YYYY-MM-DD, was '" + date + "'"));
      return null;
    }
  }

  private void update(Context ctx) {
    if (!authenticated(ctx, "/update")) {
      return;
    }
    Optional<MarketDay> date = dateParameter(ctx);
    if (date == null) {
      return;
    }
    MarketDay day = date.orElseGet(() -> MarketDay.nextBiddable(clock.instant()));
    UpdateOutcome outcome;
    synchronized (updateLock) {
      LOG.info("/update for market day {}", day);
      try {
        outcome = dailyUpdate.run(day);
      } catch (DayLockedException e) {
        LOG.warn("/update: {}", e.getMessage());
        ctx.status(HttpStatus.CONFLICT).contentType(ContentType.APPLICATION_JSON).result(error(e.getMessage()));
        return;
      } catch (Exception e) {
        LOG.error("daily run for {} failed", day, e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(ContentType.APPLICATION_JSON)
            .result(error("daily run for " + day + " failed: " + e.getMessage()));
        return;
      }
    }
    ctx.status(outcome.succeeded() ? HttpStatus.OK : HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(ContentType.APPLICATION_JSON).result(outcome.reportJson());
  }

  private void settle(Context ctx) {
    if (!authenticated(ctx, "/settle")) {
      return;
    }
    Optional<MarketDay> day = dateParameter(ctx);
    if (day == null) {
      return;
    }
    DailySettle.SettleResponse response;
    String what = day.map(d -> "settlement of " + d).orElse("settlement of the pending days");
    synchronized (updateLock) {
      LOG.info("/settle: {}", what);
      try {
        response = dailySettle.settle(day);
      } catch (DayLockedException e) {
        LOG.warn("/settle: {}", e.getMessage());
        ctx.status(HttpStatus.CONFLICT).contentType(ContentType.APPLICATION_JSON).result(error(e.getMessage()));
        return;
      } catch (Exception e) {
        LOG.error("{} failed", what, e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(ContentType.APPLICATION_JSON)
            .result(error(what + " failed: " + e.getMessage()));
        return;
      }
    }
    ctx.status(response.succeeded() ? HttpStatus.OK : HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(ContentType.APPLICATION_JSON).result(response.json());
  }

  private void dataFile(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    if (dashboardData.isEmpty() || !DATA_FILE.matcher(file).matches()) {
      ctx.status(HttpStatus.NOT_FOUND).result("not found");
      return;
    }
    try {
      byte[] bytes = Files.readAllBytes(dashboardData.get().resolve(file));
      ctx.header("Cache-Control", "no-cache").contentType(ContentType.APPLICATION_JSON).result(bytes);
    } catch (NoSuchFileException e) {
      ctx.status(HttpStatus.NOT_FOUND).result("no dashboard data file " + file);
    }
  }

  static String error(String message) {
    try {
      return JSON.writeValueAsString(Map.of("error", message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
