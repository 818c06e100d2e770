package org.convergence.connectors.http;

/**
 * A call to an outside data source failed. The message names the source, the URL (secrets masked) and the HTTP
 * status, or the transport failure when there was no response. It never contains a key.
 */
public class SourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@link #status()} when no HTTP response was received (connection refused, timeout, ...). */
  public static final int NO_RESPONSE = -1;

  private final String source;
  private final String url;
  private final int status;

  public SourceException(String source, String url, int status, String message, Throwable cause) {
    super(source + ": " + message + " (" + (status == NO_RESPONSE ? "no response" : "HTTP " + status) + ", GET "
        + url + ")", cause);
    this.source = source;
    this.url = url;
    this.status = status;
  }

  public String source() {
    return source;
  }

  /** The URL with secrets masked. */
  public String url() {
    return url;
  }

  /** The HTTP status, or {@link #NO_RESPONSE}. */
  public int status() {
    return status;
  }
}
