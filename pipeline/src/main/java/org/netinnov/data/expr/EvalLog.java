package org.netinnov.data.expr;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the cells an evaluation turned into NaN because the arithmetic was undefined (division by zero, log of
 * a non-positive value, ...). Keyed by "expression: reason". Not thread-safe: one log per evaluation.
 */
public final class EvalLog {
  private final Map<String, Integer> invalid = new LinkedHashMap<>();

  void invalid(String expression, String reason, int cells) {
    if (cells > 0) invalid.merge(expression + ": " + reason, cells, Integer::sum);
  }

  /** Undefined-arithmetic counts by "expression: reason". */
  public Map<String, Integer> invalidCells() { return Map.copyOf(invalid); }

  public int total() { return invalid.values().stream().mapToInt(Integer::intValue).sum(); }

  public boolean isEmpty() { return invalid.isEmpty(); }
}
