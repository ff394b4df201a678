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
    double[][] l = new double[n][n];
    boolean[] kept = new boolean[n];
    int nk = factorInto(a, n, tol, l, scale, kept);
    int[] idx = new int[nk];
    for (int j = 0, c = 0; j < n; j++) if (kept[j]) idx[c++] = j;
    return new SequentialCholesky(n, kept, idx, scale, l);
  }

  /**
   * The factorisation of the leading n×n block of {@code a} into caller-owned buffers, allocating nothing (for inner
   * loops such as bootstrap replicates, which reuse the buffers): {@code l} the lower factor in equilibrated units,
   * {@code scale} the equilibration, {@code kept} the columns kept. Only entries of kept columns in rows of columns
   * with a positive diagonal are written; the others are never read.
   *
   * @return the rank (number of kept columns)
   */
  public static int factorInto(double[][] a, int n, double tol, double[][] l, double[] scale, boolean[] kept) {
    int rank = 0;
    for (int j = 0; j < n; j++) scale[j] = a[j][j] > 0 && Double.isFinite(a[j][j]) ? 1.0 / Math.sqrt(a[j][j]) : 0.0;
    for (int j = 0; j < n; j++) {
      kept[j] = false;
      if (scale[j] == 0) continue;
      double[] lj = l[j];
      double d = 1.0; // equilibrated diagonal
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

  /**
   * Solves {@code A x = b} with a factor from {@link #factorInto}; entries of redundant columns are 0. {@code x} may be
   * {@code b}.
   */
  public static void solveInto(double[][] l, double[] scale, boolean[] kept, int n, double[] b, double[] x) {
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
    solveInto(l, scale, kept, n, b, z);
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
