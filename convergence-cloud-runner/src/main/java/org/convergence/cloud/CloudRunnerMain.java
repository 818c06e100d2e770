package org.convergence.cloud;

import java.time.Clock;
import java.util.Optional;
import org.convergence.cloud.auth.Authenticators;
import org.convergence.cloud.auth.OidcKeySource;
import org.convergence.cloud.auth.UpdateAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Cloud Run entry point: configuration from the environment, then the service on {@code 0.0.0.0:$PORT}. */
public final class CloudRunnerMain {
  private static final Logger LOG = LoggerFactory.getLogger(CloudRunnerMain.class);

  private CloudRunnerMain() {}

  public static void main(String[] args) {
    CloudConfig config;
    CloudService service;
    try {
      config = CloudConfig.fromEnvironment(System.getenv());
      LOG.info("configuration: {}", config);
      Clock clock = Clock.systemUTC();
      UpdateAuthenticator auth = Authenticators.choose(config.oidcAudience(), config.oidcInvoker(),
          config.updateToken(), OidcKeySource.google(), clock);
      CloudWiring wiring = new CloudWiring(config, System.getenv(), clock);
      service = new CloudService(auth, wiring.dailyUpdate(wiring.forecaster()), wiring.dailySettle(),
          Optional.of(wiring.dashboardPath()), clock);
    } catch (RuntimeException e) {
      // configuration errors name the variable; never print secrets (CloudConfig.toString masks them)
      LOG.error("cannot start: {}", e.getMessage());
      System.exit(2);
      return;
    }
    var app = service.start("0.0.0.0", config.port());
    // Cloud Run sends SIGTERM before stopping an instance: finish the request in flight, then stop
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
  }
}
