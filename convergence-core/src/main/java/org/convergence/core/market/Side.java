package org.convergence.core.market;

/** Order direction as the AIMLAC exchange writes it. */
public enum Side {
  BUY,
  SELL;

  /** +1 for SELL (energy leaves the site), -1 for BUY. */
  public int sign() {
    return this == SELL ? 1 : -1;
  }

  /** Parses "BUY"/"SELL" in any case; anything else is an error that names the value. */
  public static Side parse(String text) {
    if (text != null) {
      String t = text.trim();
      for (Side s : values()) {
        if (s.name().equalsIgnoreCase(t)) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException("order type must be BUY or SELL, was " + (text == null ? "null" : "'" + text + "'"));
  }
}
