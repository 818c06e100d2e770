package org.convergence.connectors.weather;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers for reading service JSON. */
final class Json {
  private Json() {}

  /** The number at {@code field}, or NaN when absent or null; an error when it is not a number. */
  static double number(JsonNode parent, String field, String where) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return Double.NaN;
    }
    if (!n.isNumber()) {
      throw new IllegalArgumentException(where + ": " + field + " is not a number: " + n);
    }
    return n.asDouble();
  }

  /** The number at index {@code i} of an array, NaN when null or the array is absent or short. */
  static double numberAt(JsonNode array, int i, String field) {
    if (array == null || array.isNull() || i >= array.size()) {
      return Double.NaN;
    }
    JsonNode n = array.get(i);
    if (n.isNull()) {
      return Double.NaN;
    }
    if (!n.isNumber()) {
      throw new IllegalArgumentException(field + "[" + i + "] is not a number: " + n);
    }
    return n.asDouble();
  }
}
