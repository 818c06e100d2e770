package org.convergence.connectors.http;

import java.net.URI;
import java.util.Objects;

/** Base addresses of services, normalised so that paths can be appended with a leading slash. */
public final class BaseUri {
  private BaseUri() {}

  /** The URI without one trailing slash: {@code https://host/api/} and {@code https://host/api} give the same. */
  public static URI withoutTrailingSlash(URI uri) {
    String s = Objects.requireNonNull(uri, "base uri").toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
  }
}
