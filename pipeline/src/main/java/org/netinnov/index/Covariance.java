package org.netinnov.index;

/**
 * Sample covariance and correlation matrices of complete columns (no missing values), as R's {@code cov} and
 * {@code cor}: divisor n − 1, centred first so that indicators far from zero keep their precision.
 */
public final class Covariance {
  private Covariance() {}

  /** Sample covariance (divisor n − 1) of the columns {@code x[j]}, all of equal length n ≥ 2. */
  public static double[][] of(double[][] x) {
    int k = x.length;
    int n = x[0].length;
    if (n < 2) throw new IllegalArgumentException("a covariance needs at least 2 rows, got " + n);
    double[][] c = new double[k][n];
    for (int j = 0; j < k; j++) {
      double[] col = x[j];
      if (col.length != n) throw new IllegalArgumentException("columns differ in length");
      double s = 0;
      for (double v : col) s += v;
      double mean = s / n;
      for (int i = 0; i < n; i++) c[j][i] = col[i] - mean;
    }
    double[][] cov = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b <= a; b++) {
        double s = 0;
        double[] ca = c[a], cb = c[b];
        for (int i = 0; i < n; i++) s += ca[i] * cb[i];
        cov[a][b] = cov[b][a] = s / (n - 1);
      }
    }
    return cov;
  }

  /**
   * The correlation matrix of covariance {@code cov}; NaN entries where a variance is 0 (callers check
   * {@link #constantColumn} first when they need a usable matrix).
   */
  public static double[][] correlation(double[][] cov) {
    int k = cov.length;
    double[][] r = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < a; b++) r[a][b] = r[b][a] = cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
      r[a][a] = cov[a][a] > 0 ? 1.0 : Double.NaN;
    }
    return r;
  }

  /** The first column with zero variance in {@code cov}, or -1. */
  public static int constantColumn(double[][] cov) {
    for (int j = 0; j < cov.length; j++) if (!(cov[j][j] > 0)) return j;
    return -1;
  }
}
