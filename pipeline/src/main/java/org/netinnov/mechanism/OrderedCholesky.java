package org.netinnov.mechanism;

/**
 * In-place Cholesky factorisation of a small symmetric positive semi-definite matrix on caller-owned buffers,
 * keeping the column order and skipping columns that are (numerically) combinations of earlier ones — the rule of
 * {@code estimate.linalg.SequentialCholesky} (equilibrate to a unit diagonal; a column whose squared residual is at
 * most {@code tol} is redundant), without allocating, for use inside bootstrap replicates.
 */
final class OrderedCholesky {
  private OrderedCholesky() {}

  /**
   * Factorises the leading n×n block of {@code a} (lower triangle read) into {@code l} (equilibrated units).
   *
   * @return the rank (number of kept columns)
   */
  static int factor(double[][] a, int n, double tol, double[][] l, double[] scale, boolean[] kept) {
    int rank = 0;
    for (int j = 0; j < n; j++) scale[j] = a[j][j] > 0 && Double.isFinite(a[j][j]) ? 1.0 / Math.sqrt(a[j][j]) : 0.0;
    for (int j = 0; j < n; j++) {
      kept[j] = false;
      if (scale[j] == 0) continue;
      double[] lj = l[j];
      double d = 1.0;
      for (int t = 0; t < j; t++) if (kept[t]) d -= lj[t] * lj[t];
      if (!(d > tol)) continue;
      double djj = Math.sqrt(d);
      lj[j] = djj;
      kept[j] = true;
      rank++;
      for (int i = j + 1; i < n; i++) {
        if (scale[i] == 0) continue;
        double[] li = l[i];
        double v = a[i][j] * scale[i] * scale[j];
        for (int t = 0; t < j; t++) if (kept[t]) v -= li[t] * lj[t];
        li[j] = v / djj;
      }
    }
    return rank;
  }

  /** Solves A x = b on the kept columns (x = 0 elsewhere); {@code x} may be {@code b}. */
  static void solve(double[][] l, double[] scale, boolean[] kept, int n, double[] b, double[] x) {
    for (int j = 0; j < n; j++) {
      if (!kept[j]) continue;
      double v = b[j] * scale[j];
      double[] lj = l[j];
      for (int t = 0; t < j; t++) if (kept[t]) v -= lj[t] * x[t];
      x[j] = v / lj[j];
    }
    for (int j = n - 1; j >= 0; j--) {
      if (!kept[j]) continue;
      double v = x[j];
      for (int i = j + 1; i < n; i++) if (kept[i]) v -= l[i][j] * x[i];
      x[j] = v / l[j][j];
    }
    for (int j = 0; j < n; j++) x[j] = kept[j] ? x[j] * scale[j] : 0.0;
  }
}
