package org.netinnov.estimate.count;

import org.apache.commons.math3.special.Gamma;

/** log(y!) for count outcomes: a table for small counts (the common case), log Γ(y+1) beyond it. */
final class LogFactorial {
  private static final int TABLE = 4096;
  private static final double[] LOG_FACTORIAL = new double[TABLE];
  private static final double[] LOG = new double[TABLE];

  static {
    for (int i = 1; i < TABLE; i++) {
      LOG[i] = Math.log(i);
      LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + LOG[i];
    }
  }

  private LogFactorial() {}

  /** log(y) for a positive integer-valued y (the same value as {@code Math.log}, from a table for small y). */
  static double logOf(double y) {
    return y < TABLE ? LOG[(int) y] : Math.log(y);
  }

  /** log(y!) for a non-negative integer-valued y. */
  static double of(double y) {
    return y < TABLE ? LOG_FACTORIAL[(int) y] : Gamma.logGamma(y + 1.0);
  }
}
