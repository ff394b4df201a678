package org.netinnov.testing;

import java.util.SplittableRandom;

/** Random draws the simulation tests share, so that every generated panel draws the same way. */
public final class RandomDraws {
  private RandomDraws() {}

  /** A Poisson count by Knuth's multiplication method (exact; fine for the small means of the test panels). */
  public static double poisson(SplittableRandom r, double mean) {
    double l = Math.exp(-mean), p = 1;
    int k = 0;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
