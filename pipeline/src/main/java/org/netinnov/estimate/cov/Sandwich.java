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
    int k = x.length;
    double[][] s = new double[k][levels];
    java.util.stream.IntStream cols = java.util.stream.IntStream.range(0, k);
    if ((long) e.length * k >= 200_000) cols = cols.parallel();
    cols.forEach(j -> {
      double[] xj = x[j];
      double[] sj = s[j];
      for (int i = 0; i < e.length; i++) sj[code[i]] += xj[i] * e[i];
    });
    return s;
  }

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
