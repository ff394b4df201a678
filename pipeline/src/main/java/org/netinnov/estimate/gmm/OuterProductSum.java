package org.netinnov.estimate.gmm;

import java.util.Arrays;

/**
 * Accumulates {@code S = Σ_i g_i g_i'} for dense vectors g_i (the firms' moment contributions {@code Z_i'ê_i}).
 *
 * <p>Adding one rank-one term at a time streams the whole L × L matrix through memory once per firm. Vectors are
 * buffered in blocks of {@value #BLOCK} and each row of S is updated by all of them while it sits in cache; the
 * inner loop is a contiguous {@code row += g_bi · g_b} that the JIT vectorises.
 */
final class OuterProductSum {
  static final int BLOCK = 32;
  private final int n;
  private final double[][] sum;     // upper triangle filled
  private final double[][] buffer;  // BLOCK × n
  private int count;

  OuterProductSum(int n) {
    this.n = n;
    sum = new double[n][n];
    buffer = new double[BLOCK][n];
  }

  void add(double[] g) {
    System.arraycopy(g, 0, buffer[count], 0, n);
    if (++count == BLOCK) flush();
  }

  private void flush() {
    for (int i = 0; i < n; i++) {
      double[] row = sum[i];
      for (int b = 0; b < count; b++) {
        double[] g = buffer[b];
        double gi = g[i];
        if (gi == 0.0) continue;
        for (int j = i; j < n; j++) row[j] += gi * g[j];
      }
    }
    count = 0;
  }

  /** The symmetric sum (the accumulator must not be used afterwards). */
  double[][] result() {
    if (count > 0) flush();
    for (double[] b : buffer) Arrays.fill(b, 0.0);
    DenseAlgebra.symmetrizeFromUpper(sum);
    return sum;
  }
}
