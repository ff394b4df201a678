package org.netinnov.estimate.count;

/**
 * Cholesky factor L·Lᵀ of a small symmetric positive semi-definite cross-product matrix that drops, in column
 * order, every column whose residual variance after the columns before it is at most {@code relTol} times a
 * reference scale (the usual "sweep" rule of regression software: a column that is a linear combination of the
 * earlier ones, e.g. a regressor that is constant within firms when firm effects are absorbed, is dropped).
 * Dropped columns get coefficient 0 in {@link #solve} and zero rows/columns in {@link #inverse}.
 */
final class CholeskyWithDropping {
  /** Relative residual variance below which a column counts as collinear with the columns before it. */
  static final double COLLINEARITY_TOL = 1e-10;

  private final int p;
  private final double[][] l;   // lower triangle; rows/columns of dropped columns stay 0
  private final boolean[] kept;

  private CholeskyWithDropping(int p, double[][] l, boolean[] kept) {
    this.p = p;
    this.l = l;
    this.kept = kept;
  }

  /**
   * Factors the leading {@code p}×{@code p} block of {@code a} deciding which columns to keep.
   *
   * @param reference scale of each column (its total weighted sum of squares); a column with reference ≤ 0 is dropped
   */
  static CholeskyWithDropping decide(double[][] a, int p, double[] reference, double relTol) {
    return factor(a, p, null, reference, relTol);
  }

  /**
   * Factors with a fixed set of kept columns.
   *
   * @return the factor, or null when a kept column is no longer positive (numerically singular at these weights)
   */
  static CholeskyWithDropping withKept(double[][] a, int p, boolean[] kept) {
    return factor(a, p, kept, null, 0.0);
  }

  private static CholeskyWithDropping factor(double[][] a, int p, boolean[] fixedKept, double[] ref, double tol) {
    double[][] l = new double[p][p];
    boolean[] kept = new boolean[p];
    for (int j = 0; j < p; j++) {
      if (fixedKept != null && !fixedKept[j]) continue;
      double r = a[j][j];
      double[] lj = l[j];
      for (int k = 0; k < j; k++) if (kept[k]) r -= lj[k] * lj[k];
      if (fixedKept == null) {
        if (!(ref[j] > 0) || !(r > tol * ref[j])) continue;
      } else if (!(r > 0)) {
        return null;
      }
      kept[j] = true;
      double d = Math.sqrt(r);
      lj[j] = d;
      for (int i = j + 1; i < p; i++) {
        if (fixedKept != null && !fixedKept[i]) continue;
        double s = a[i][j];
        double[] li = l[i];
        for (int k = 0; k < j; k++) if (kept[k]) s -= li[k] * lj[k];
        li[j] = s / d;
      }
    }
    return new CholeskyWithDropping(p, l, kept);
  }

  boolean[] kept() { return kept.clone(); }

  boolean isKept(int j) { return kept[j]; }

  int rank() {
    int r = 0;
    for (boolean k : kept) if (k) r++;
    return r;
  }

  /** Solves A x = b for the kept columns (x = 0 for dropped ones); b is overwritten with x. */
  void solveInPlace(double[] b) {
    for (int i = 0; i < p; i++) {
      if (!kept[i]) { b[i] = 0; continue; }
      double s = b[i];
      for (int k = 0; k < i; k++) if (kept[k]) s -= l[i][k] * b[k];
      b[i] = s / l[i][i];
    }
    for (int i = p - 1; i >= 0; i--) {
      if (!kept[i]) continue;
      double s = b[i];
      for (int k = i + 1; k < p; k++) if (kept[k]) s -= l[k][i] * b[k];
      b[i] = s / l[i][i];
    }
  }

  /** The generalized inverse that is the true inverse on the kept columns and 0 elsewhere. */
  double[][] inverse() {
    double[][] inv = new double[p][p];
    double[] e = new double[p];
    for (int j = 0; j < p; j++) {
      if (!kept[j]) continue;
      java.util.Arrays.fill(e, 0);
      e[j] = 1;
      solveInPlace(e);
      for (int i = 0; i < p; i++) inv[i][j] = e[i];
    }
    // symmetrize the round-off
    for (int i = 0; i < p; i++)
      for (int j = 0; j < i; j++) {
        double m = 0.5 * (inv[i][j] + inv[j][i]);
        inv[i][j] = m;
        inv[j][i] = m;
      }
    return inv;
  }
}
