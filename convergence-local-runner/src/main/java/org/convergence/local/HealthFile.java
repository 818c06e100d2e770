package org.convergence.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convergence.core.schedule.DaemonHealth;

/**
 * The daemon's health file ({@code schedule.health_file}), replaced atomically at every wake-up:
 * <pre>{"status": "running", "updated_at": "...", "up_since": "...", "last_action": "...", "next_wake_up": "...",
 *  "next": "run of 2022-04-30", "last_heartbeat": "...", "stale_after": "..."}</pre>
 * A watchdog alarms when the file is missing or {@code stale_after} has passed (README, "Running it every day").
 */
final class HealthFile {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  HealthFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  Path file() {
    return file;
  }

  void write(DaemonHealth h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "running");
    m.put("updated_at", h.updatedAt().toString());
    m.put("up_since", h.upSince().toString());
    m.put("last_action", h.lastAction());
    m.put("next_wake_up", h.nextWakeUp().toString());
    m.put("next", h.next());
    m.put("last_heartbeat", h.lastHeartbeat().map(Object::toString).orElse(null));
    m.put("stale_after", h.staleAfter().toString());
    write(m);
  }

  /** Marks the file stopped (a clean shutdown), so a watchdog tells a stop from a crash. */
  void stopped(java.time.Instant at) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "stopped");
    m.put("updated_at", at.toString());
    write(m);
  }

  private void write(Map<String, Object> m) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try {
        JSON.writeValue(tmp.toFile(), m);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("schedule.health_file " + file + ": " + e.getMessage(), e);
    }
  }
}
