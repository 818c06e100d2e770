package org.convergence.connectors.alert;

import java.net.URI;
import org.convergence.connectors.settings.AlertSettings;
import org.convergence.core.alert.Alert;
import org.convergence.core.alert.AlertDelivery;
import org.convergence.core.alert.Alerts;

/** The alert channel {@code alerts.webhook_url} configures. */
public final class AlertChannels {
  private AlertChannels() {}

  /** Explains an alert that went nowhere because no webhook is configured. */
  public static final String NOT_CONFIGURED = "alerts.webhook_url is empty: alert only logged";

  /** The webhook, or, with an empty URL, a channel that delivers nothing (the caller logs every alert anyway). */
  public static Alerts fromSettings(AlertSettings settings) {
    return settings.configured() ? new WebhookAlerts(URI.create(settings.webhookUrl())) : LogOnly.INSTANCE;
  }

  private enum LogOnly implements Alerts {
    INSTANCE;

    @Override
    public AlertDelivery send(Alert alert) {
      return AlertDelivery.failed(NOT_CONFIGURED);
    }
  }
}
