package org.netinnov.diagnose;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * OLS for the auxiliary regressions of the tests (a handful of columns): normal equations from one pass of cross
 * products, solved by Cholesky after scaling every column to unit length (which keeps the condition number of X'X
 * down to that of the correlation structure).
 */
final class SmallOls {
  final double[] coef;
  /** (X'X)⁻¹. */
  final double[][] inverse;
  /** Σ fitted² = b'X'y. */
  final double fittedSumOfSquares;

  private SmallOls(double[] coef, double[][] inverse, double fittedSumOfSquares) {
    this.coef = coef;
    this.inverse = inverse;
    this.fittedSumOfSquares = fittedSumOfSquares;
  }

  /**
   * Regresses {@code y} on the columns {@code x[j]} (include a column of ones for an intercept).
   *
   * @throws ArithmeticException when X'X is singular (a column is a linear combination of the others)
   */
  static SmallOls fit(double[][] x, double[] y) {
    int k = x.length, n = y.length;
    double[][] xtx = new double[k][k];
    double[] xty = new double[k];
    for (int a = 0; a < k; a++) {
      double[] xa = x[a];
      double s = 0;
      for (int i = 0; i < n; i++) s += xa[i] * y[i];
      xty[a] = s;
      for (int b = 0; b <= a; b++) {
        double[] xb = x[b];
        double c = 0;
        for (int i = 0; i < n; i++) c += xa[i] * xb[i];
        xtx[a][b] = c;
        xtx[b][a] = c;
      }
    }
    double[] scale = new double[k];
    for (int a = 0; a < k; a++) {
      if (!(xtx[a][a] > 0)) throw new ArithmeticException("auxiliary regression: column " + a + " is zero");
      scale[a] = 1.0 / Math.sqrt(xtx[a][a]);
    }
    double[][] c = new double[k][k];
    for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) c[a][b] = xtx[a][b] * scale[a] * scale[b];
    RealMatrix inv;
    try {
      inv = new CholeskyDecomposition(new Array2DRowRealMatrix(c, false), 1e-10, 1e-12).getSolver().getInverse();
    } catch (NonPositiveDefiniteMatrixException e) {
      throw new ArithmeticException("auxiliary regression: the regressors are collinear");
    }
    double[][] xtxInv = new double[k][k];
    for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) xtxInv[a][b] = inv.getEntry(a, b) * scale[a] * scale[b];
    double[] coef = new double[k];
    for (int a = 0; a < k; a++) {
      double s = 0;
      for (int b = 0; b < k; b++) s += xtxInv[a][b] * xty[b];
      coef[a] = s;
    }
    double fss = 0;
    for (int a = 0; a < k; a++) fss += coef[a] * xty[a];
    return new SmallOls(coef, xtxInv, fss);
  }

  /** y − X b. */
  double[] residuals(double[][] x, double[] y) {
    double[] e = y.clone();
    for (int a = 0; a < x.length; a++) {
      double b = coef[a];
      double[] xa = x[a];
      for (int i = 0; i < e.length; i++) e[i] -= b * xa[i];
    }
    return e;
  }

  /**
   * Cluster-robust HC0 covariance (Arellano 1987; plm {@code vcovHC(method = "arellano", type = "HC0")}):
   * (X'X)⁻¹ (Σ_g X_g'e_g e_g'X_g) (X'X)⁻¹, rows grouped by {@code cluster} (codes 0..groups−1).
   */
  double[][] clusterHc0(double[][] x, double[] e, int[] cluster, int groups) {
    int k = x.length, n = e.length;
    double[] score = new double[groups * k]; // flat: cluster g's score at g*k .. g*k+k-1
    for (int i = 0; i < n; i++) {
      int o = cluster[i] * k;
      for (int a = 0; a < k; a++) score[o + a] += x[a][i] * e[i];
    }
    double[][] meat = new double[k][k];
    for (int g = 0; g < groups; g++) {
      int o = g * k;
      for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) meat[a][b] += score[o + a] * score[o + b];
    }
    return sandwich(inverse, meat);
  }

  static double[][] sandwich(double[][] bread, double[][] meat) {
    int k = bread.length;
    double[][] t = new double[k][k], v = new double[k][k];
    for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) {
      double s = 0;
      for (int c = 0; c < k; c++) s += bread[a][c] * meat[c][b];
      t[a][b] = s;
    }
    for (int a = 0; a < k; a++) for (int b = 0; b < k; b++) {
      double s = 0;
      for (int c = 0; c < k; c++) s += t[a][c] * bread[c][b];
      v[a][b] = s;
    }
    return v;
  }
}
