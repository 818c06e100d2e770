/**
 * The Cloud Run service: {@link CloudRunnerMain} starts {@link CloudService}, whose authenticated {@code POST /update}
 * runs core's {@code DailyRun} ({@link DailyRunUpdate}) and {@code POST /settle} its {@code DailySettlement} ({@link
 * DailySettle}), each under the day's database lock, beside {@code GET /healthz} and the dashboard; {@link CloudConfig}
 * reads the environment (Cloud SQL, bucket, OIDC) and {@link ChampionForecaster} forecasts with the archive's newest
 * promoted model. Thin wiring only: the rules are core's, the parts every runner shares {@code
 * org.convergence.connectors.wiring}'s (a part another runner would need goes there), training and promotion the
 * retrain job's; authentication is in {@code auth}, the bucket's dashboard in {@code storage}.
 */
package org.convergence.cloud;
