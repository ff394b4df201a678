package org.netinnov.estimate.gmm;

/**
 * The sums behind the one-step estimator, accumulated firm by firm over the full instrument layout:
 *
 * <pre>
 * A1 = Σ_i Z_i' H Z_i      ZX = Σ_i Z_i' X_i      Zy = Σ_i Z_i' y_i
 * </pre>
 *
 * H is pgmm's first-step matrix: for differenced rows the tridiagonal (2 on the diagonal, −1 between adjacent
 * years: the covariance of Δv for homoskedastic serially uncorrelated v); in system GMM (pgmm's
 * {@code FSM(T - TL2, "full")}, xtabond2's default {@code h(3)}) the identity for levels rows and, between the
 * differenced row of year t and the levels rows, +1 for year t and −1 for year t−1. Since rows sit on the year grid,
 * adjacency is by calendar year. Products with Z_i use its sparse rows, so a firm costs about
 * (non-zero instruments per row)² rather than L².
 *
 * <p>Also records which instrument columns are non-zero somewhere, so that empty ones can be left out, and X'X,
 * to find collinear regressor columns.
 */
final class FirstStepMoments {
  final double[][] a1;
  final double[][] zx;
  final double[] zy;
  final boolean[] instrumentUsed;
  /** X'X over the used equations, to find collinear time dummies. */
  final double[][] xtx;

  FirstStepMoments(int nCols, int k) {
    a1 = new double[nCols][nCols];
    zx = new double[nCols][k];
    zy = new double[nCols];
    instrumentUsed = new boolean[nCols];
    xtx = new double[k][k];
  }

  void add(FirmEquations fe, EquationLayout lay) {
    int rows = lay.rows;
    int k = zx[0].length;
    for (int r = 0; r < rows; r++) {
      if (!fe.valid[r]) continue;
      double[] xr = fe.x[r];
      for (int i = 0; i < k; i++) {
        double xi = xr[i];
        if (xi == 0.0) continue;
        double[] row = xtx[i];
        for (int j = 0; j < k; j++) row[j] += xi * xr[j];
      }
      double yr = fe.y[r];
      for (int p = fe.rowStart[r]; p < fe.rowStart[r + 1]; p++) {
        int c = fe.col[p];
        double w = fe.val[p];
        instrumentUsed[c] = true;
        zy[c] += w * yr;
        double[] zc = zx[c];
        for (int j = 0; j < k; j++) zc[j] += w * xr[j];
      }
    }
    // A1 = N + N' with N = Σ_r (H_rr/2) z_r z_r' + Σ_{r<s} H_rs z_r z_s': half the work of summing every (r, s)
    int nd = lay.nDiff;
    for (int r = 0; r < nd; r++) {
      outer(fe, r, r, 1.0);
      if (r + 1 < nd) outer(fe, r, r + 1, -1.0);
    }
    if (lay.system) {
      for (int j = 0; j < lay.nLev; j++) outer(fe, nd + j, nd + j, 0.5);
      // differenced row r is year tl2+1+r; levels row j is year tl2+j
      for (int r = 0; r < nd; r++) {
        outer(fe, r, nd + r + 1, 1.0);
        outer(fe, r, nd + r, -1.0);
      }
    }
  }

  /** Turns the accumulated N into A1 = N + N' (call once, after the last firm). */
  void finish() {
    int n = a1.length;
    for (int i = 0; i < n; i++)
      for (int j = i; j < n; j++) {
        double v = a1[i][j] + a1[j][i];
        a1[i][j] = v;
        a1[j][i] = v;
      }
  }

  /** a1 += h · z_r z_s' for instrument rows r and s of the firm. */
  private void outer(FirmEquations fe, int r, int s, double h) {
    int r0 = fe.rowStart[r], r1 = fe.rowStart[r + 1];
    int s0 = fe.rowStart[s], s1 = fe.rowStart[s + 1];
    if (r0 == r1 || s0 == s1) return;
    for (int p = r0; p < r1; p++) {
      double hv = h * fe.val[p];
      double[] row = a1[fe.col[p]];
      for (int q = s0; q < s1; q++) row[fe.col[q]] += hv * fe.val[q];
    }
  }
}
