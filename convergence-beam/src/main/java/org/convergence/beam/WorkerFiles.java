package org.convergence.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The plan's data paths on a worker: a local path as it is; a URL of one of Beam's file systems ({@code gs://...}
 * on Dataflow) copied once per worker into a temporary folder (a file, or every file of a folder), so the readers of
 * connectors, which read local files, read it.
 */
final class WorkerFiles {
  private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();

  private WorkerFiles() {}

  static Path local(String path) {
    if (!path.contains("://")) {
      return Path.of(path);
    }
    return COPIES.computeIfAbsent(path, WorkerFiles::copy);
  }

  private static Path copy(String url) {
    try {
      Path dir = Files.createTempDirectory("convergence-sweep-data");
      MatchResult file = FileSystems.match(url);
      if (file.status() == MatchResult.Status.OK && !file.metadata().isEmpty()
          && !file.metadata().get(0).resourceId().isDirectory()) {
        return copyOne(file.metadata().get(0), dir);
      }
      MatchResult folder = FileSystems.match(url.replaceAll("/+$", "") + "/*");
      if (folder.status() != MatchResult.Status.OK || folder.metadata().isEmpty()) {
        throw new UncheckedIOException(new IOException(url + ": no such file or folder"));
      }
      for (MatchResult.Metadata m : folder.metadata()) {
        copyOne(m, dir);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(url + ": " + e.getMessage(), e);
    }
  }

  private static Path copyOne(MatchResult.Metadata m, Path dir) throws IOException {
    Path target = dir.resolve(m.resourceId().getFilename());
    try (InputStream in = Channels.newInputStream(FileSystems.open(m.resourceId()))) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
