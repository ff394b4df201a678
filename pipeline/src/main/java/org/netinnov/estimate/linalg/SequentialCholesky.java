package org.netinnov.estimate.linalg;

/**
 * Cholesky factorisation of a symmetric positive semi-definite matrix that keeps the given column order and skips
 * columns that are (numerically) linear combinations of the columns kept before them.
 *
 * <p>Column {@code j} is redundant when its squared residual after partialling out the kept earlier columns,
 * {@code r_jj = A_jj − Σ_l L_jl²}, is at most {@code tol · A_jj}. The matrix is equilibrated first (scaled to a unit
 * diagonal), so the test is scale free: {@code tol = 1e-10} on squared norms means a column whose component
 * orthogonal to the kept columns is smaller than 1e-5 of its length is dropped. Keeping the order (rather than
 * pivoting greedily on the largest diagonal) is what Stata and fixest do: the later of two collinear regressors is
 * the one dropped.
 */
public final class SequentialCholesky {
  /** Default relative tolerance on squared norms (fixest's {@code collin.tol} is 1e-10 too). */
  public static final double DEFAULT_TOL = 1e-10;

  private final int n;
  private final boolean[] kept;
  private final int[] keptIdx;
  private final double[] scale;
  /** Lower factor of the equilibrated matrix, rows/columns of kept columns only (dense n×n, zeros elsewhere). */
  private final double[][] l;

  private SequentialCholesky(int n, boolean[] kept, int[] keptIdx, double[] scale, double[][] l) {
    this.n = n;
    this.kept = kept;
    this.keptIdx = keptIdx;
    this.scale = scale;
    this.l = l;
  }

  /** Factorises {@code a} (only its lower triangle is read; {@code a} is not modified). */
  public static SequentialCholesky of(double[][] a, double tol) {
    int n = a.length;
    double[] scale = new double[n];
    for (int j = 0; j < n; j++) scale[j] = a[j][j] > 0 ? 1.0 / Math.sqrt(a[j][j]) : 0.0;
    double[][] l = new double[n][n];
    boolean[] kept = new boolean[n];
    int nk = 0;
    for (int j = 0; j < n; j++) {
      if (a[j][j] <= 0 || !Double.isFinite(a[j][j])) continue;
      double d = 1.0; // equilibrated diagonal
      double[] lj = l[j];
      for (int p = 0; p < j; p++) if (kept[p]) d -= lj[p] * lj[p];
      if (!(d > tol)) continue;
      double djj = Math.sqrt(d);
      lj[j] = djj;
      kept[j] = true;
      nk++;
      for (int i = j + 1; i < n; i++) {
        double s = a[i][j] * scale[i] * scale[j];
        double[] li = l[i];
        for (int p = 0; p < j; p++) if (kept[p]) s -= li[p] * lj[p];
        li[j] = s / djj;
      }
    }
    int[] idx = new int[nk];
    for (int j = 0, c = 0; j < n; j++) if (kept[j]) idx[c++] = j;
    return new SequentialCholesky(n, kept, idx, scale, l);
  }

  public int size() { return n; }

  public int rank() { return keptIdx.length; }

  public boolean kept(int j) { return kept[j]; }

  /** Indices of the kept columns, increasing. */
  public int[] keptIndices() { return keptIdx.clone(); }

  /**
   * Solves {@code A x = b} on the kept columns; entries of redundant columns are 0 (a generalised inverse, which is
   * what the fixed-effect projections need).
   */
  public double[] solve(double[] b) {
    double[] z = new double[n];
    for (int j = 0; j < n; j++) {
      if (!kept[j]) continue;
      double s = b[j] * scale[j];
      double[] lj = l[j];
      for (int p = 0; p < j; p++) if (kept[p]) s -= lj[p] * z[p];
      z[j] = s / lj[j];
    }
    for (int j = n - 1; j >= 0; j--) {
      if (!kept[j]) continue;
      double s = z[j];
      for (int i = j + 1; i < n; i++) if (kept[i]) s -= l[i][j] * z[i];
      z[j] = s / l[j][j];
    }
    for (int j = 0; j < n; j++) z[j] = kept[j] ? z[j] * scale[j] : 0.0;
    return z;
  }

  /** Inverse of the kept sub-matrix, indexed by position in {@link #keptIndices()}. */
  public double[][] inverseOfKept() {
    int k = keptIdx.length;
    double[][] inv = new double[k][k];
    double[] e = new double[n];
    for (int c = 0; c < k; c++) {
      java.util.Arrays.fill(e, 0.0);
      e[keptIdx[c]] = 1.0;
      double[] col = solve(e);
      for (int r = 0; r < k; r++) inv[r][c] = col[keptIdx[r]];
    }
    // symmetrise the rounding noise away
    for (int r = 0; r < k; r++)
      for (int c = 0; c < r; c++) {
        double m = 0.5 * (inv[r][c] + inv[c][r]);
        inv[r][c] = m;
        inv[c][r] = m;
      }
    return inv;
  }

  /**
   * Coefficients of the regression of column {@code j} on the kept columns before it, in equilibrated units (each
   * column scaled to unit length, so entries are comparable); used to say which regressors a dropped one is
   * collinear with. {@code a} must be the matrix this factorisation was built from.
   */
  public double[] dependence(double[][] a, int j) {
    int m = j;
    // kept columns before j
    int cnt = 0;
    for (int p = 0; p < m; p++) if (kept[p]) cnt++;
    double[] coef = new double[n];
    if (cnt == 0) return coef;
    int[] idx = new int[cnt];
    for (int p = 0, c = 0; p < m; p++) if (kept[p]) idx[c++] = p;
    // L restricted to idx is the Cholesky factor of the equilibrated A[idx, idx]; solve for A[idx, j]
    double[] z = new double[cnt];
    for (int r = 0; r < cnt; r++) {
      double s = a[Math.max(idx[r], j)][Math.min(idx[r], j)] * scale[idx[r]] * (a[j][j] > 0 ? 1 / Math.sqrt(a[j][j]) : 0);
      for (int q = 0; q < r; q++) s -= l[idx[r]][idx[q]] * z[q];
      z[r] = s / l[idx[r]][idx[r]];
    }
    for (int r = cnt - 1; r >= 0; r--) {
      double s = z[r];
      for (int q = r + 1; q < cnt; q++) s -= l[idx[q]][idx[r]] * z[q];
      z[r] = s / l[idx[r]][idx[r]];
    }
    // z is in equilibrated units (both sides scaled to unit length): weight of column p in units of |x_j|/|x_p|
    for (int r = 0; r < cnt; r++) coef[idx[r]] = z[r];
    return coef;
  }
}
