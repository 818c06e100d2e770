/**
 * Alert channels for core's {@link org.convergence.core.alert.Alerts} port: {@link
 * org.convergence.connectors.alert.WebhookAlerts} posts a Slack-compatible JSON body ({@code {"text": "..."}}) to
 * an incoming webhook; {@link org.convergence.connectors.alert.AlertChannels#fromSettings} picks it from
 * {@code alerts.webhook_url}, or a channel that only logs when the URL is empty. A webhook URL carries its secret in
 * its path, so only its host is ever logged or reported.
 */
package org.convergence.connectors.alert;
