package org.convergence.local.dashboard;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether the dashboard's browser tests run here. They need Debian's {@code chromium} and {@code chromium-driver}
 * packages; a developer's machine without them skips the tests with a message naming the packages, while a CI build
 * ({@code CI} set to anything but {@code false}, as {@code .ci/run} does) must run them and fails when they are
 * missing, so a broken CI image never passes silently.
 *
 * @param verdict run, skip or fail
 * @param message why it skips or fails (empty when it runs)
 */
record BrowserPrerequisites(Verdict verdict, String message) {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  enum Verdict { RUN, SKIP, FAIL }

  /** The decision for this machine: the real environment and the two executables. */
  static BrowserPrerequisites here() {
    return decide(System.getenv(), Files.isExecutable(CHROMIUM), Files.isExecutable(CHROMEDRIVER));
  }

  /** The decision as a pure function of the environment and what is installed. */
  static BrowserPrerequisites decide(Map<String, String> env, boolean chromium, boolean chromedriver) {
    List<String> missing = new ArrayList<>();
    if (!chromium) {
      missing.add("chromium (" + CHROMIUM + ")");
    }
    if (!chromedriver) {
      missing.add("chromium-driver (" + CHROMEDRIVER + ")");
    }
    if (missing.isEmpty()) {
      return new BrowserPrerequisites(Verdict.RUN, "");
    }
    String what = "the dashboard's browser tests need Debian's " + String.join(" and ", missing)
        + ": apt-get install chromium chromium-driver";
    return isCi(env)
        ? new BrowserPrerequisites(Verdict.FAIL, what + " (CI is set, so they must run; .ci/run installs them)")
        : new BrowserPrerequisites(Verdict.SKIP, what + " (skipped because CI is not set)");
  }

  /**
   * Disables the annotated test class, with the message as the reason, when the decision is {@link Verdict#SKIP}.
   * On {@link Verdict#FAIL} the tests stay enabled and the class's set-up fails with the message.
   */
  static final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      BrowserPrerequisites p = here();
      if (p.verdict() == Verdict.SKIP) {
        announce("SKIPPED " + context.getDisplayName() + ": " + p.message());
        return ConditionEvaluationResult.disabled(p.message());
      }
      return ConditionEvaluationResult.enabled(p.verdict().name());
    }
  }

  /**
   * Writes the line to the process's own standard error: surefire redirects {@code System.err} of tests to a file, and
   * a skip must be seen on the terminal.
   */
  private static void announce(String line) {
    try {
      var err = new FileOutputStream(FileDescriptor.err);
      err.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
      err.flush();
    } catch (IOException e) {
      System.err.println(line);
    }
  }

  /** {@code CI} set and not empty or {@code false} (the convention of GitHub Actions, GitLab and others). */
  static boolean isCi(Map<String, String> env) {
    return Optional.ofNullable(env.get("CI")).map(String::strip)
        .filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("false") && !v.equals("0")).isPresent();
  }
}
