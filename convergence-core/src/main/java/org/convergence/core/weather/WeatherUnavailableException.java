package org.convergence.core.weather;

/**
 * A weather source cannot serve a forecast: not configured (no key), the service failed, or the day is not covered.
 * The message says why, in words fit for a run report; it never holds a secret.
 */
public class WeatherUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WeatherUnavailableException(String message) {
    super(message);
  }

  public WeatherUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
