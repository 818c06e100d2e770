package org.convergence.core.market;

import java.util.List;

/** One or more orders broke the market rules; the message lists every problem found. */
public class OrderValidationException extends IllegalArgumentException {
  private final List<String> problems;

  public OrderValidationException(List<String> problems) {
    super(problems.size() == 1
        ? "invalid order: " + problems.get(0)
        : problems.size() + " problems with the orders:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
