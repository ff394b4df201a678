package org.netinnov.casestudy;

import java.util.Locale;

/**
 * How a reported figure relates to the true value. The paper often writes "more than 3 billion" or
 * "approximately 20,000"; keeping that wording as a qualifier stops a bound from being passed off as a value.
 */
public enum Qualifier {
  /** The figure as printed. */
  EXACT("exact"),
  /** "more than", "over", "above": the true value is at least the figure (a lower bound). */
  MORE_THAN("more_than"),
  /** "less than", "below": the true value is at most the figure (an upper bound). */
  LESS_THAN("less_than"),
  /** "approximately", "about". */
  APPROX("approx"),
  /** A plan or goal ("plans to add ... by 2020"), not an outcome. Only allowed in facts. */
  TARGET("target"),
  /** A range from value to value_high ("3-6 times"). Only allowed in facts. */
  RANGE("range");

  private final String label;

  Qualifier(String label) {
    this.label = label;
  }

  public String label() { return label; }

  /** Whether the figure is a one-sided bound. */
  public boolean isBound() {
    return this == MORE_THAN || this == LESS_THAN;
  }

  static Qualifier parseOrNull(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    for (Qualifier q : values()) {
      if (q.label.equals(t)) {
        return q;
      }
    }
    return null;
  }
}
