package org.convergence.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./convergence} in a JVM of its own, on the test class path, for what a test cannot see in-process: the
 * logging library's configuration (read once per JVM) and {@code System.exit}.
 */
final class CliProcess {
  record Result(int exit, String out, String err) {}

  private CliProcess() {}

  /**
   * Runs {@link ConvergenceCli#main} with the given JVM system properties ({@code -Dk=v}) and arguments.
   */
  static Result run(List<String> jvmProperties, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(jvmProperties);
    command.add(ConvergenceCli.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("convergence-cli", ".out");
    Path err = Files.createTempFile("convergence-cli", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("convergence " + String.join(" ", args) + " did not finish in 5 minutes");
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
