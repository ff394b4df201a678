package org.netinnov.estimate.gmm;

/** Small dense matrix helpers on {@code double[][]} (row-major) for the instrument- and coefficient-sized matrices. */
final class DenseAlgebra {
  private DenseAlgebra() {}

  /** A · B. */
  static double[][] multiply(double[][] a, double[][] b) {
    int n = a.length, m = b[0].length, p = b.length;
    double[][] c = new double[n][m];
    for (int i = 0; i < n; i++) {
      double[] ci = c[i], ai = a[i];
      for (int k = 0; k < p; k++) {
        double v = ai[k];
        if (v == 0.0) continue;
        double[] bk = b[k];
        for (int j = 0; j < m; j++) ci[j] += v * bk[j];
      }
    }
    return c;
  }

  /** A' · B. */
  static double[][] transposeMultiply(double[][] a, double[][] b) {
    int n = a[0].length, m = b[0].length;
    double[][] c = new double[n][m];
    for (int k = 0; k < a.length; k++) {
      double[] ak = a[k], bk = b[k];
      for (int i = 0; i < n; i++) {
        double v = ak[i];
        if (v == 0.0) continue;
        double[] ci = c[i];
        for (int j = 0; j < m; j++) ci[j] += v * bk[j];
      }
    }
    return c;
  }

  /** A · B'. */
  static double[][] multiplyTranspose(double[][] a, double[][] b) {
    int n = a.length, m = b.length;
    double[][] c = new double[n][m];
    for (int i = 0; i < n; i++)
      for (int j = 0; j < m; j++) c[i][j] = dot(a[i], b[j]);
    return c;
  }

  /** A · x. */
  static double[] multiply(double[][] a, double[] x) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) out[i] = dot(a[i], x);
    return out;
  }

  /** A' · x. */
  static double[] transposeMultiply(double[][] a, double[] x) {
    double[] out = new double[a[0].length];
    for (int k = 0; k < a.length; k++) {
      double v = x[k];
      if (v == 0.0) continue;
      double[] ak = a[k];
      for (int i = 0; i < out.length; i++) out[i] += v * ak[i];
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** x' A x. */
  static double quadraticForm(double[] x, double[][] a) { return dot(x, multiply(a, x)); }

  static double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++)
      for (int j = 0; j < a[i].length; j++) t[j][i] = a[i][j];
    return t;
  }

  static double[][] add(double[][] a, double[][] b) {
    double[][] c = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++)
      for (int j = 0; j < a[i].length; j++) c[i][j] = a[i][j] + b[i][j];
    return c;
  }

  static double[][] scale(double[][] a, double s) {
    double[][] c = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++)
      for (int j = 0; j < a[i].length; j++) c[i][j] = a[i][j] * s;
    return c;
  }

  /** Copies the upper triangle onto the lower one (accumulators fill only i <= j). */
  static void symmetrizeFromUpper(double[][] a) {
    for (int i = 0; i < a.length; i++)
      for (int j = i + 1; j < a.length; j++) a[j][i] = a[i][j];
  }

  /** (A + A')/2 in place: removes rounding asymmetry before a symmetric factorisation. */
  static void symmetrize(double[][] a) {
    for (int i = 0; i < a.length; i++)
      for (int j = i + 1; j < a.length; j++) {
        double m = 0.5 * (a[i][j] + a[j][i]);
        a[i][j] = m;
        a[j][i] = m;
      }
  }
}
