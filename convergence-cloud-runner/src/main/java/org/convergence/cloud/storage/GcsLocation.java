package org.convergence.cloud.storage;

import java.util.Optional;

/**
 * A {@code gs://bucket/prefix} location, split into bucket and object-name prefix ({@code ""} or ending in '/').
 */
public record GcsLocation(String bucket, String prefix) {
  public GcsLocation {
    if (bucket == null || !bucket.matches("[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]")) {
      throw new IllegalArgumentException("not a Cloud Storage bucket name: '" + bucket + "'");
    }
    prefix = prefix == null ? "" : prefix;
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix = prefix + "/";
    }
  }

  /** The location when {@code s} is a {@code gs://} URL, empty for anything else (a local directory). */
  public static Optional<GcsLocation> parse(String s) {
    if (s == null || !s.strip().startsWith("gs://")) {
      return Optional.empty();
    }
    String rest = s.strip().substring("gs://".length());
    int slash = rest.indexOf('/');
    return Optional.of(slash < 0 ? new GcsLocation(rest, "")
        : new GcsLocation(rest.substring(0, slash), rest.substring(slash + 1)));
  }

  public String objectName(String file) {
    return prefix + file;
  }

  @Override
  public String toString() {
    return "gs://" + bucket + "/" + prefix;
  }
}
