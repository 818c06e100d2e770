package org.convergence.core.exchange;

/** The exchange's answer to a submission: how many orders it accepted, and its message. */
public record SubmissionReceipt(int accepted, String message) {
  public SubmissionReceipt {
    if (accepted < 0) {
      throw new IllegalArgumentException("accepted count must be >= 0, was " + accepted);
    }
    message = message == null ? "" : message;
  }
}
