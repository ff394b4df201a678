package org.netinnov.estimate.cov;

import org.netinnov.estimate.linalg.CrossProducts;

/** Building blocks shared by the robust covariance estimators. */
final class Sandwich {
  private Sandwich() {}

  /** {@code c · B M B} for symmetric B (bread) and M (meat). */
  static double[][] of(double[][] bread, double[][] meat, double c) {
    int k = bread.length;
    double[][] bm = new double[k][k];
    for (int i = 0; i < k; i++)
      for (int j = 0; j < k; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) s += bread[i][p] * meat[p][j];
        bm[i][j] = s;
      }
    double[][] v = new double[k][k];
    for (int i = 0; i < k; i++)
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) s += bm[i][p] * bread[p][j];
        v[i][j] = c * s;
        v[j][i] = c * s;
      }
    return v;
  }

  /**
   * Scores summed within groups: {@code s[j][g] = Σ_{i: code_i = g} x_ji e_i}; the meat of a cluster-robust
   * covariance is then {@code Σ_g s_g s_g'}.
   */
  static double[][] groupScores(double[][] x, double[] e, int[] code, int levels) {
    int k = x.length, n = e.length;
    double[][] s = new double[k][levels];
    // rows in tiles, so that e and the codes are read from memory once for all columns; two halves of the columns
    // on two threads when large (each column's sums are in row order either way)
    int halves = (long) n * k >= 200_000 && k > 1 ? 2 : 1;
    java.util.stream.IntStream parts = java.util.stream.IntStream.range(0, halves);
    if (halves > 1) parts = parts.parallel();
    parts.forEach(h -> {
      int j0 = k * h / halves, j1 = k * (h + 1) / halves;
      for (int t0 = 0; t0 < n; t0 += SCORE_TILE) {
        int t1 = Math.min(n, t0 + SCORE_TILE);
        for (int j = j0; j < j1; j++) {
          double[] xj = x[j], sj = s[j];
          for (int i = t0; i < t1; i++) sj[code[i]] += xj[i] * e[i];
        }
      }
    });
    return s;
  }

  private static final int SCORE_TILE = 2048;

  /** {@code Σ_g s_g s_g'} for group scores stored by column. */
  static double[][] outerSum(double[][] s) {
    return CrossProducts.of(s);
  }

  static double[][] scale(double[][] m, double c) {
    int k = m.length;
    double[][] r = new double[k][k];
    for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) r[i][j] = c * m[i][j];
    return r;
  }
}
