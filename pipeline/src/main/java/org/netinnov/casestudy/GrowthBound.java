package org.netinnov.casestudy;

/**
 * What a growth figure computed from two reported values tells about the true growth when either value is a
 * one-sided bound.
 *
 * <p>For positive values, growth {@code to/from - 1} (and the change {@code to - from}) rises with the end value
 * and falls with the start value. So an end value stated as "more than" makes the computed growth a lower bound,
 * a start value stated as "more than" makes it an upper bound, and "less than" works the other way round. When
 * the two ends push in opposite directions (e.g. "more than 3" to "more than 10") the computed figure bounds
 * nothing: the true growth may lie on either side of it.
 */
public enum GrowthBound {
  /** Both ends are exact (or approximate) figures. */
  EXACT,
  /** The true growth is at least the computed one. */
  LOWER_BOUND,
  /** The true growth is at most the computed one. */
  UPPER_BOUND,
  /** Both ends are bounds pulling in opposite directions; the computed figure is nominal only. */
  INDETERMINATE;

  /**
   * Combines the qualifiers of the start and end values.
   *
   * @param from qualifier of the earlier value
   * @param to   qualifier of the later value
   */
  public static GrowthBound of(Qualifier from, Qualifier to) {
    int a = direction(to);
    int b = -direction(from);
    if (a != 0 && b != 0 && a != b) {
      return INDETERMINATE;
    }
    int d = a != 0 ? a : b;
    return d > 0 ? LOWER_BOUND : d < 0 ? UPPER_BOUND : EXACT;
  }

  /** +1 when the true value is at least the figure, -1 when at most, 0 otherwise. */
  private static int direction(Qualifier q) {
    return q == Qualifier.MORE_THAN ? 1 : q == Qualifier.LESS_THAN ? -1 : 0;
  }
}
