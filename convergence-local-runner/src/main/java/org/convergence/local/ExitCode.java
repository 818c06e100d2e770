package org.convergence.local;

/**
 * The one exit-code table of every {@code ./convergence} command (README, "Exit codes"). Commands return
 * {@link #code()}; the cloud runner maps the same outcomes to HTTP statuses.
 */
public enum ExitCode {
  /** The job did what it was asked (a run that found the gate closed, without {@code --strict}, included). */
  DONE(0, "done"),
  /** The job failed; nothing it reports as done is wrong, and the message says what happened. */
  FAILED(1, "failed"),
  /** The command line was wrong: an unknown option, a malformed value, {@code --from} after {@code --to}. */
  USAGE(2, "usage error"),
  /** The day's gate had already closed and {@code --strict} was given. */
  GATE_CLOSED(3, "gate closed (with --strict)"),
  /** Orders were submitted, but the exchange does not hold the plan (fewer or other orders than planned). */
  NOT_VERIFIED(4, "traded but not verified"),
  /** Nothing to do: no day could be settled, backtested or scored. */
  NOTHING_DONE(5, "nothing to settle or score");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
